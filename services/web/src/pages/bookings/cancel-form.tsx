import { useMutation, useQueryClient } from '@tanstack/preact-query';
import type { RefObject } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError } from '../../api/problem.js';
import { useMessages } from '../../i18n/locale.js';
import { Button } from '../../ui/button.js';
import { ErrorMessage } from '../../ui/error-message.js';
import { Field } from '../../ui/field.js';
import { afterChange, cancelBooking, type Booking } from './api.js';

interface CancelProps {
  booking: Booking;
  onDone: (message: string) => void;
}

/** Focus follows the step: into the form when it opens, back to its button when kept. */
function useStepFocus(open: boolean) {
  const opener = useRef<HTMLDivElement>(null);
  const field = useRef<HTMLTextAreaElement>(null);
  const wasOpen = useRef(false);
  useEffect(() => {
    if (open) field.current?.focus();
    else if (wasOpen.current) opener.current?.querySelector('button')?.focus();
    wasOpen.current = open;
  }, [open]);
  return { opener, field };
}

interface ReasonProps {
  field: RefObject<HTMLTextAreaElement>;
  reason: string;
  onReason: (reason: string) => void;
}

function ReasonField({ field, reason, onReason }: ReasonProps) {
  const t = useMessages().bookings.cancel;
  return (
    <Field label={t.reason} hint={t.reasonHint}>
      {(wiring) => (
        <textarea
          {...wiring}
          ref={field}
          rows={2}
          maxLength={500}
          value={reason}
          onInput={(e) => onReason((e.target as HTMLTextAreaElement).value)}
        />
      )}
    </Field>
  );
}

/**
 * Giving up a seat (or one's place in line) takes two steps, so a slip of the finger never
 * loses it; the reason is optional and goes to the host.
 */
export function CancelForm({ booking, onDone }: CancelProps) {
  const m = useMessages().bookings;
  const t = booking.status === 'waitlisted' ? m.leave : m.cancel;
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const { opener, field } = useStepFocus(open);
  const queryClient = useQueryClient();
  const cancel = useMutation({
    mutationFn: () => cancelBooking(booking.id, reason),
    onSuccess: async (changed) => {
      await afterChange(queryClient, changed);
      onDone(t.done);
    },
  });
  // Past the cutoff, sending again cannot work: only the explanation and a way back remain.
  const tooLate = cancel.error instanceof ApiError && cancel.error.code === 'CUTOFF_PASSED';
  if (!open)
    return (
      <div ref={opener}>
        <Button variant="secondary" onClick={() => setOpen(true)}>
          {t.open}
        </Button>
      </div>
    );
  return (
    <form
      class="cancel-form panel"
      onSubmit={(e) => {
        e.preventDefault();
        cancel.mutate();
      }}
    >
      {booking.status !== 'waitlisted' && <p class="hint">{m.cancel.cutoff}</p>}
      {!tooLate && <ReasonField field={field} reason={reason} onReason={setReason} />}
      <ErrorMessage error={cancel.error} />
      <div class="actions">
        {!tooLate && (
          <Button type="submit" variant="danger" pending={cancel.isPending}>
            {t.confirm}
          </Button>
        )}
        <Button
          variant="secondary"
          disabled={cancel.isPending}
          onClick={() => {
            cancel.reset();
            setOpen(false);
          }}
        >
          {t.keep}
        </Button>
      </div>
    </form>
  );
}
