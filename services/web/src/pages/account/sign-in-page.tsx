import { Link, useSearch } from 'wouter-preact';
import { useSession } from '../../api/session.js';
import { useMessages } from '../../i18n/locale.js';
import { Button } from '../../ui/button.js';
import { ErrorMessage } from '../../ui/error-message.js';
import { TextField } from '../../ui/field.js';
import { Page } from '../../ui/page.js';
import { AlreadySignedIn } from './already-signed-in.js';
import { useFocusFirstInvalid } from './focus-first-invalid.js';
import { nextQuery } from './next-path.js';
import { PasswordField } from './password-field.js';
import { useSignIn } from './sign-in.js';
import { hasProblems } from './validation.js';
import './account.css';

export default function SignInPage() {
  const { account, security } = useMessages();
  const session = useSession();
  const signedOutEverywhere = new URLSearchParams(useSearch()).get('signedOut') === 'everywhere';
  const { form, set, submit, mutation, problems, attempt, next } = useSignIn();
  const formRef = useFocusFirstInvalid(attempt, mutation.error);
  if (session && mutation.isIdle)
    return <AlreadySignedIn next={next} title={account.signIn.title} />;
  return (
    <Page title={account.signIn.title}>
      {signedOutEverywhere && (
        <p class="success" role="status">
          {security.signedOutEverywhere}
        </p>
      )}
      <form ref={formRef} class="account-form" noValidate onSubmit={submit}>
        <TextField
          label={account.fields.email}
          error={problems.email}
          type="email"
          name="email"
          autoComplete="username"
          required
          value={form.email}
          onValue={set('email')}
        />
        <PasswordField
          autoComplete="current-password"
          error={problems.password}
          value={form.password}
          onValue={set('password')}
        />
        <p>
          <Link href="/forgot-password">{security.forgotLink}</Link>
        </p>
        {!hasProblems(problems) && <ErrorMessage error={mutation.error} />}
        <Button type="submit" pending={mutation.isPending}>
          {mutation.isPending ? account.signIn.pending : account.signIn.submit}
        </Button>
      </form>
      <p>
        {account.signIn.noAccount}{' '}
        <Link href={`/sign-up${nextQuery(next)}`}>{account.signIn.signUp}</Link>
      </p>
    </Page>
  );
}
