import { useMutation, useQueryClient } from '@tanstack/preact-query';
import { useId, useState } from 'preact/hooks';
import { useLocation } from 'wouter-preact';
import { api } from '../../api/client.js';
import { ApiError } from '../../api/problem.js';
import { clearSession, setTokens } from '../../api/session.js';
import { useMessages } from '../../i18n/locale.js';
import { Button } from '../../ui/button.js';
import { ErrorMessage } from '../../ui/error-message.js';
import type { Me, TokenPair } from './api.js';
import { ChangeEmail } from './change-email.js';
import { PasswordField } from './password-field.js';
import { passwordProblem } from './validation.js';

/** The form's state and its request; on success the fields empty without showing errors. */
function useChangePassword() {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [shown, setShown] = useState(false);
  const change = useMutation({
    mutationFn: () =>
      api<TokenPair>('/api/me/password', {
        method: 'POST',
        body: { currentPassword: current, newPassword: next },
      }),
    onSuccess: (tokens) => {
      setTokens(tokens);
      setCurrent('');
      setNext('');
      setShown(false);
    },
  });
  return { current, setCurrent, next, setNext, shown, setShown, change };
}

/** A new password: this device stays signed in (new tokens), every other one is signed out. */
function ChangePassword({ me }: { me: Me }) {
  const m = useMessages();
  const t = m.security;
  const { current, setCurrent, next, setNext, shown, setShown, change } = useChangePassword();
  const titleId = useId();
  const problem = passwordProblem(next, me, m.account.validation);
  const wrongCurrent =
    change.error instanceof ApiError && change.error.code === 'CURRENT_PASSWORD_WRONG';
  const submit = (event: Event) => {
    event.preventDefault();
    setShown(true);
    if (current !== '' && problem === undefined) change.mutate();
  };
  return (
    <form onSubmit={submit} noValidate aria-labelledby={titleId}>
      <h3 id={titleId}>{t.changeTitle}</h3>
      <PasswordField
        label={t.current}
        value={current}
        onValue={setCurrent}
        autoComplete="current-password"
        error={
          shown && current === '' ? t.currentMissing : wrongCurrent ? t.currentWrong : undefined
        }
      />
      <PasswordField
        label={t.next}
        value={next}
        onValue={setNext}
        autoComplete="new-password"
        hint={m.account.hints.password}
        error={shown ? problem : undefined}
      />
      {!wrongCurrent && <ErrorMessage error={change.error} />}
      {change.isSuccess && (
        <p class="success" role="status">
          {t.changed}
        </p>
      )}
      <div class="actions">
        <Button type="submit" pending={change.isPending}>
          {t.change}
        </Button>
      </div>
    </form>
  );
}

/** The phone left at the village hall: every session ends, this one too. */
function SignOutEverywhere() {
  const t = useMessages().security;
  const queryClient = useQueryClient();
  const [, navigate] = useLocation();
  const out = useMutation({
    mutationFn: () => api<void>('/api/me/sign-out-everywhere', { method: 'POST' }),
    onSuccess: () => {
      clearSession();
      queryClient.clear();
      navigate('/sign-in?signedOut=everywhere');
    },
  });
  return (
    <div>
      <h3>{t.everywhereTitle}</h3>
      <p>{t.everywhereIntro}</p>
      <ErrorMessage error={out.error} />
      <Button variant="secondary" pending={out.isPending} onClick={() => out.mutate()}>
        {t.everywhere}
      </Button>
    </div>
  );
}

/** « Sécurité »: change the password or the address, sign out everywhere. */
export function SecuritySection({ me }: { me: Me }) {
  const t = useMessages().security;
  return (
    <section aria-labelledby="security-title">
      <h2 id="security-title">{t.title}</h2>
      <ChangePassword me={me} />
      <ChangeEmail me={me} />
      <SignOutEverywhere />
    </section>
  );
}
