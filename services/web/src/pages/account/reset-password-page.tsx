import { useMutation } from '@tanstack/preact-query';
import { useState } from 'preact/hooks';
import { Link, useSearch } from 'wouter-preact';
import { api } from '../../api/client.js';
import { ApiError } from '../../api/problem.js';
import { useMessages } from '../../i18n/locale.js';
import { Button } from '../../ui/button.js';
import { ErrorMessage } from '../../ui/error-message.js';
import { Page } from '../../ui/page.js';
import { PasswordField } from './password-field.js';
import { passwordProblem } from './validation.js';
import './account.css';

/** `/reset-password?token=…`: the emailed link; a new password, then sign in with it. */
export default function ResetPasswordPage() {
  const m = useMessages();
  const t = m.security.reset;
  const token = new URLSearchParams(useSearch()).get('token') ?? '';
  const [password, setPassword] = useState('');
  const [shown, setShown] = useState(false);
  const reset = useMutation({
    mutationFn: () =>
      api<void>('/api/auth/password-reset/confirm', {
        method: 'POST',
        body: { token, newPassword: password },
      }),
  });
  const problem = passwordProblem(password, { email: '', displayName: '' }, m.account.validation);
  const expired = reset.error instanceof ApiError && reset.error.code === 'RESET_LINK_INVALID';
  const submit = (event: Event) => {
    event.preventDefault();
    setShown(true);
    if (problem === undefined) reset.mutate();
  };
  if (reset.isSuccess)
    return (
      <Page title={t.title}>
        <p class="success" role="status">
          {t.done}
        </p>
        <p>
          <Link href="/sign-in" class="button button--primary">
            {t.signIn}
          </Link>
        </p>
      </Page>
    );
  return (
    <Page title={t.title}>
      {token === '' || expired ? (
        <p class="error" role="alert">
          {t.invalid} <Link href="/forgot-password">{t.askAgain}</Link>
        </p>
      ) : (
        <form class="account-form" noValidate onSubmit={submit}>
          <PasswordField
            label={m.security.next}
            value={password}
            onValue={setPassword}
            autoComplete="new-password"
            hint={m.account.hints.password}
            error={shown ? problem : undefined}
          />
          <ErrorMessage error={reset.error} />
          <Button type="submit" pending={reset.isPending}>
            {t.submit}
          </Button>
        </form>
      )}
    </Page>
  );
}
