import { useState } from 'preact/hooks';
import { Link, useSearch } from 'wouter-preact';
import { ApiError } from '../../api/problem.js';
import { useSession } from '../../api/session.js';
import { useMessages } from '../../i18n/locale.js';
import { Button } from '../../ui/button.js';
import { CommuneSelect } from '../../ui/commune-select.js';
import { ErrorMessage } from '../../ui/error-message.js';
import { TextField } from '../../ui/field.js';
import { Page } from '../../ui/page.js';
import { AlreadySignedIn } from './already-signed-in.js';
import { useFocusFirstInvalid } from './focus-first-invalid.js';
import { LanguageField } from './language-field.js';
import { nextQuery, safeNextPath } from './next-path.js';
import { PasswordField } from './password-field.js';
import { SignInAfterSignUpError, useSignUp } from './sign-up.js';
import { hasProblems } from './validation.js';
import './account.css';

/** What went wrong that no field explains, said by the button. */
function SignUpError({ error, fieldsAtFault }: { error: unknown; fieldsAtFault: boolean }) {
  const { account } = useMessages();
  if (!error && !fieldsAtFault) return null;
  if (error instanceof SignInAfterSignUpError)
    return (
      <div>
        <p class="error" role="alert">
          {account.signUp.createdButNotSignedIn}
        </p>
        <ErrorMessage error={error.cause} />
      </div>
    );
  if (fieldsAtFault || (error instanceof ApiError && error.code === 'VALIDATION_FAILED'))
    return (
      <p class="error" role="alert">
        {account.validation.fixBelow}
      </p>
    );
  return <ErrorMessage error={error} />;
}

const SignInLink = ({ next, text }: { next: string; text: string }) => (
  <Link href={`/sign-in${nextQuery(next)}`}>{text}</Link>
);

interface EmailFieldProps {
  error: string | undefined;
  value: string;
  onValue: (value: string) => void;
  /** The address already has an account: offer to sign in instead. */
  taken: boolean;
  next: string;
}

function EmailField({ error, value, onValue, taken, next }: EmailFieldProps) {
  const { account } = useMessages();
  return (
    <>
      <TextField
        label={account.fields.email}
        hint={account.hints.email}
        error={error}
        type="email"
        name="email"
        required
        autoComplete="email"
        value={value}
        onValue={onValue}
      />
      {taken && (
        <p>
          <SignInLink next={next} text={account.signUp.signInInstead} />
        </p>
      )}
    </>
  );
}

function SignUpForm() {
  const { account } = useMessages();
  const { form, set, submit, mutation, problems, attempt, next } = useSignUp();
  const formRef = useFocusFirstInvalid(attempt, mutation.error);
  const emailTaken = mutation.error instanceof ApiError && mutation.error.code === 'EMAIL_TAKEN';
  return (
    <Page title={account.signUp.title}>
      <p>{account.signUp.intro}</p>
      <form ref={formRef} class="account-form" noValidate onSubmit={submit}>
        <EmailField
          error={problems.email}
          value={form.email}
          onValue={set('email')}
          taken={emailTaken}
          next={next}
        />
        <PasswordField
          autoComplete="new-password"
          hint={account.hints.password}
          error={problems.password}
          value={form.password}
          onValue={set('password')}
        />
        <TextField
          label={account.fields.displayName}
          hint={account.hints.displayName}
          error={problems.displayName}
          name="name"
          autoComplete="name"
          required
          value={form.displayName}
          onValue={set('displayName')}
        />
        <CommuneSelect
          label={account.fields.commune}
          placeholder={account.chooseCommune}
          loadingText={account.communesLoading}
          required
          hint={account.hints.commune}
          error={problems.commune}
          value={form.commune}
          onValue={set('commune')}
        />
        <LanguageField value={form.locale} onValue={set('locale')} />
        <SignUpError error={mutation.error} fieldsAtFault={attempt > 0 && hasProblems(problems)} />
        <Button type="submit" pending={mutation.isPending}>
          {mutation.isPending ? account.signUp.pending : account.signUp.submit}
        </Button>
      </form>
      <p>
        {account.signUp.haveAccount} <SignInLink next={next} text={account.signUp.signIn} />
      </p>
    </Page>
  );
}

export default function SignUpPage() {
  const { account } = useMessages();
  // Judged on arrival: once the form signs the new person in, it moves on by itself.
  const session = useSession();
  const [arrivedSignedIn] = useState(session !== null);
  const next = safeNextPath(useSearch());
  if (arrivedSignedIn) return <AlreadySignedIn next={next} title={account.signUp.title} />;
  return <SignUpForm />;
}
