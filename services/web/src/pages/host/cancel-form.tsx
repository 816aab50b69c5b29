import { useMutation, useQueryClient } from '@tanstack/preact-query';
import { useState } from 'preact/hooks';
import { useMessages } from '../../i18n/locale.js';
import { Button } from '../../ui/button.js';
import { ErrorMessage } from '../../ui/error-message.js';
import { Field } from '../../ui/field.js';
import { cancelSession, KEYS, type Session } from './api.js';

/** Cancels the session; the reason (required) is what residents read in their message. */
export function CancelForm({
  session,
  onDone,
}: {
  session: Session;
  onDone: (notice: string) => void;
}) {
  const t = useMessages().host.cancel;
  const queryClient = useQueryClient();
  const [reason, setReason] = useState('');
  const [checked, setChecked] = useState(false);
  const valid = reason.trim().length >= 3 && reason.trim().length <= 500;
  const cancel = useMutation({
    mutationFn: () => cancelSession(session.id, reason.trim()),
    onSuccess: async () => {
      onDone(t.done);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: KEYS.session(session.id) }),
        queryClient.invalidateQueries({ queryKey: KEYS.sessionsOf(session.workshopId) }),
      ]);
    },
  });
  const submit = (event: Event) => {
    event.preventDefault();
    setChecked(true);
    if (valid) cancel.mutate();
  };
  return (
    <section aria-labelledby="host-cancel">
      <h2 id="host-cancel">{t.heading}</h2>
      <form onSubmit={submit} noValidate>
        <Field
          label={t.reason}
          hint={t.reasonHint}
          error={checked && !valid ? t.invalid : undefined}
        >
          {(wiring) => (
            <textarea
              {...wiring}
              rows={3}
              maxLength={500}
              required
              value={reason}
              onInput={(e) => setReason((e.target as HTMLTextAreaElement).value)}
            />
          )}
        </Field>
        <ErrorMessage error={cancel.error} />
        <div class="actions">
          <Button type="submit" variant="danger" pending={cancel.isPending}>
            {t.submit}
          </Button>
        </div>
      </form>
    </section>
  );
}
