import { useMutation, useQueryClient } from '@tanstack/preact-query';
import { useEffect } from 'preact/hooks';
import { Link, useSearch } from 'wouter-preact';
import { api, refreshTokens } from '../../api/client.js';
import { useSession } from '../../api/session.js';
import { ME_KEY } from './api.js';
import { useMessages } from '../../i18n/locale.js';
import { ErrorMessage } from '../../ui/error-message.js';
import { Page } from '../../ui/page.js';

/**
 * `/verify-email?token=…`: the emailed link proves the address at once (or, a change's link,
 * makes the new address the account's); a signed-in tab then takes new tokens, which say so.
 */
export default function VerifyEmailPage() {
  const t = useMessages().verification;
  const token = new URLSearchParams(useSearch()).get('token') ?? '';
  const session = useSession();
  const queryClient = useQueryClient();
  const verify = useMutation({
    mutationFn: async () => {
      await api<void>('/api/auth/verify-email', { method: 'POST', body: { token } });
      if (session) await refreshTokens();
    },
    // The account page shows the address, which a change's link has just replaced.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ME_KEY }),
  });
  useEffect(() => {
    if (token !== '' && verify.isIdle) verify.mutate();
  }, [token, verify]);
  return (
    <Page title={t.pageTitle}>
      {verify.isSuccess ? (
        <p class="success" role="status">
          {t.done}
        </p>
      ) : verify.isError || token === '' ? (
        <ErrorMessage error={verify.error ?? new Error(t.noToken)} />
      ) : (
        <p role="status">{t.checking}</p>
      )}
      <p>
        <Link href={session ? '/profile' : '/sign-in'}>{session ? t.toAccount : t.toSignIn}</Link>
      </p>
    </Page>
  );
}
