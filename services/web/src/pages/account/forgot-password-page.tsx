import { useMutation } from '@tanstack/preact-query';
import { useState } from 'preact/hooks';
import { Link } from 'wouter-preact';
import { api } from '../../api/client.js';
import { useMessages } from '../../i18n/locale.js';
import { Button } from '../../ui/button.js';
import { ErrorMessage } from '../../ui/error-message.js';
import { TextField } from '../../ui/field.js';
import { Page } from '../../ui/page.js';
import { emailProblem } from './validation.js';
import './account.css';

/** `/forgot-password`: an address, then the same answer whether it has an account or not. */
export default function ForgotPasswordPage() {
  const m = useMessages();
  const t = m.security.forgot;
  const [email, setEmail] = useState('');
  const [shown, setShown] = useState(false);
  const ask = useMutation({
    mutationFn: () => api<unknown>('/api/auth/password-reset', { method: 'POST', body: { email } }),
  });
  const problem = emailProblem(email, m.account.validation);
  const submit = (event: Event) => {
    event.preventDefault();
    setShown(true);
    if (problem === undefined) ask.mutate();
  };
  return (
    <Page title={t.title}>
      {ask.isSuccess ? (
        <p class="success" role="status">
          {t.sent(email.trim())}
        </p>
      ) : (
        <form class="account-form" noValidate onSubmit={submit}>
          <p>{t.intro}</p>
          <TextField
            label={m.account.fields.email}
            error={shown ? problem : undefined}
            type="email"
            name="email"
            autoComplete="username"
            required
            value={email}
            onValue={setEmail}
          />
          <ErrorMessage error={ask.error} />
          <Button type="submit" pending={ask.isPending}>
            {t.submit}
          </Button>
        </form>
      )}
      <p>
        <Link href="/sign-in">{t.back}</Link>
      </p>
    </Page>
  );
}
