import type { EmailChangeResponse } from '@fabrique/contracts';
import { useMutation } from '@tanstack/preact-query';
import { useId, useState } from 'preact/hooks';
import { api } from '../../api/client.js';
import { ApiError } from '../../api/problem.js';
import { useMessages } from '../../i18n/locale.js';
import { Button } from '../../ui/button.js';
import { ErrorMessage } from '../../ui/error-message.js';
import { TextField } from '../../ui/field.js';
import type { Me } from './api.js';
import { PasswordField } from './password-field.js';
import { emailProblem } from './validation.js';

/** Answers the form shows beside a field rather than under the button. */
const FIELD_CODES = ['EMAIL_TAKEN', 'EMAIL_UNCHANGED', 'CURRENT_PASSWORD_WRONG'];

function useChangeEmail() {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [shown, setShown] = useState(false);
  const change = useMutation({
    mutationFn: () =>
      api<EmailChangeResponse>('/api/me/email', {
        method: 'POST',
        body: { newEmail: email.trim(), currentPassword: password },
      }),
    onSuccess: () => {
      setPassword('');
      setShown(false);
    },
  });
  const code = change.error instanceof ApiError ? change.error.code : undefined;
  return { email, setEmail, password, setPassword, shown, setShown, change, code };
}

/**
 * A new address: the link goes there and the account keeps its address until it is opened
 * (the page it opens is /verify-email). The current password guards it, as for a new password.
 */
export function ChangeEmail({ me }: { me: Me }) {
  const m = useMessages();
  const t = m.emailChange;
  const { email, setEmail, password, setPassword, shown, setShown, change, code } =
    useChangeEmail();
  const titleId = useId();
  const same = email.trim().toLowerCase() === me.email ? t.same : undefined;
  const emailIssue = emailProblem(email, m.account.validation) ?? same;
  const submit = (event: Event) => {
    event.preventDefault();
    setShown(true);
    if (emailIssue === undefined && password !== '') change.mutate();
  };
  const emailError = shown
    ? emailIssue
    : code === 'EMAIL_TAKEN'
      ? t.taken
      : code === 'EMAIL_UNCHANGED'
        ? t.same
        : undefined;
  const passwordError =
    shown && password === ''
      ? m.security.currentMissing
      : code === 'CURRENT_PASSWORD_WRONG'
        ? m.security.currentWrong
        : undefined;
  return (
    <form onSubmit={submit} noValidate aria-labelledby={titleId}>
      <h3 id={titleId}>{t.title}</h3>
      <p>{t.intro}</p>
      <TextField
        label={t.newEmail}
        type="email"
        name="newEmail"
        autoComplete="email"
        value={email}
        onValue={setEmail}
        error={emailError}
      />
      <PasswordField
        label={m.security.current}
        value={password}
        onValue={setPassword}
        autoComplete="current-password"
        error={passwordError}
      />
      {code !== undefined && !FIELD_CODES.includes(code) && <ErrorMessage error={change.error} />}
      {change.data && (
        <p class="success" role="status">
          {t.sent(change.data.pendingEmail)}
        </p>
      )}
      <div class="actions">
        <Button type="submit" pending={change.isPending}>
          {t.submit}
        </Button>
      </div>
    </form>
  );
}
