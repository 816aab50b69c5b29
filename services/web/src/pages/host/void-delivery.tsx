import { useMutation, useQueryClient } from '@tanstack/preact-query';
import { useState } from 'preact/hooks';
import { hasRole, useSession } from '../../api/session.js';
import { formatDateTime } from '../../format/index.js';
import { useLocale } from '../../i18n/locale.js';
import { Button } from '../../ui/button.js';
import { ErrorMessage } from '../../ui/error-message.js';
import { TextField } from '../../ui/field.js';
import { KEYS, voidDelivery, type Roster } from './api.js';

/**
 * A closed session's delivery, voided or not: coordinators may void it with a reason (held by
 * mistake, or not at all); the fund then stops counting its hours. Never an edit of the figures.
 */
export function DeliveryStatus({ roster }: { roster: Roster }) {
  const { locale, m } = useLocale();
  const t = m.host.voided;
  const session = useSession();
  const client = useQueryClient();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const voiding = useMutation({
    mutationFn: (text: string) => voidDelivery(roster.sessionId, text),
    onSettled: () => client.invalidateQueries({ queryKey: KEYS.roster(roster.sessionId) }),
  });
  if (roster.voided)
    return (
      <p class="muted" role="status">
        {t.done(formatDateTime(roster.voided.voidedAt, locale), roster.voided.reason)}
      </p>
    );
  if (!roster.closed || !hasRole(session, 'coordinator')) return null;
  const submit = (e: Event) => {
    e.preventDefault();
    if (reason.trim().length < 3) return setMissing(true);
    voiding.mutate(reason.trim());
  };
  return (
    <form onSubmit={submit} noValidate class="panel">
      <TextField
        label={t.reason}
        hint={t.hint}
        value={reason}
        maxLength={500}
        onValue={(v) => {
          setReason(v);
          setMissing(false);
        }}
        error={missing ? t.missing : undefined}
      />
      <ErrorMessage error={voiding.error} />
      <Button type="submit" variant="danger" pending={voiding.isPending}>
        {t.confirm}
      </Button>
    </form>
  );
}
