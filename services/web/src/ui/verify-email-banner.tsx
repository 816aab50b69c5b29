import { useMutation, useQuery } from '@tanstack/preact-query';
import { useEffect } from 'preact/hooks';
import { api, refreshTokens } from '../api/client.js';
import { fetchMe, ME_KEY } from '../api/me.js';
import { useSession } from '../api/session.js';
import { useMessages } from '../i18n/locale.js';
import { Button } from './button.js';
import { ErrorMessage } from './error-message.js';

/**
 * For a signed-in person whose address is not confirmed yet, where it matters (their account,
 * giving money, a round): what the link is for, and a way to have it sent again.
 */
export function VerifyEmailBanner({ reason }: { reason?: string | undefined }) {
  const t = useMessages().verification;
  const session = useSession();
  // Confirmed meanwhile, maybe on another device: the account says so; new tokens follow.
  const unconfirmed = session !== null && !session.emailVerified;
  const me = useQuery({ queryKey: ME_KEY, queryFn: fetchMe, enabled: unconfirmed });
  const confirmedMeanwhile = unconfirmed && me.data?.emailVerified === true;
  useEffect(() => {
    if (confirmedMeanwhile) void refreshTokens();
  }, [confirmedMeanwhile]);
  const resend = useMutation({
    mutationFn: () => api<void>('/api/me/verification', { method: 'POST' }),
  });
  if (!unconfirmed || confirmedMeanwhile) return null;
  return (
    <div class="panel" role="note">
      <p>
        <strong>{t.title}</strong> {reason ?? t.why}
      </p>
      {resend.isSuccess ? (
        <p class="success" role="status">
          {t.sent}
        </p>
      ) : (
        <Button variant="secondary" pending={resend.isPending} onClick={() => resend.mutate()}>
          {t.resend}
        </Button>
      )}
      <ErrorMessage error={resend.error} />
    </div>
  );
}
