import { useMutation, useQueryClient } from '@tanstack/preact-query';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useMessages } from '../../i18n/locale.js';
import { Button } from '../../ui/button.js';
import { ErrorMessage } from '../../ui/error-message.js';
import { acceptOffer, afterChange, declineOffer, type Booking } from './api.js';

interface OfferProps {
  booking: Booking;
  onDone: (message: string) => void;
}

/** An offered seat: accept it at once, or refuse it after saying what that means. */
export function OfferAnswer({ booking, onDone }: OfferProps) {
  const t = useMessages().bookings.offer;
  const queryClient = useQueryClient();
  const [asking, setAsking] = useState(false);
  const question = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (asking) question.current?.focus();
  }, [asking]);
  const answer = useMutation({
    mutationFn: (yes: boolean) => (yes ? acceptOffer(booking.id) : declineOffer(booking.id)),
    onSuccess: async (changed, yes) => {
      await afterChange(queryClient, changed);
      onDone(yes ? t.accepted : t.declined);
    },
  });
  return (
    <div class="offer-answer">
      {asking ? (
        <div class="panel">
          <p tabIndex={-1} ref={question}>
            {t.declineQuestion}
          </p>
          <div class="actions">
            <Button
              variant="danger"
              pending={answer.isPending}
              onClick={() => answer.mutate(false)}
            >
              {t.declineConfirm}
            </Button>
            <Button
              variant="secondary"
              disabled={answer.isPending}
              onClick={() => setAsking(false)}
            >
              {t.keep}
            </Button>
          </div>
        </div>
      ) : (
        <div class="actions">
          <Button pending={answer.isPending} onClick={() => answer.mutate(true)}>
            {t.accept}
          </Button>
          <Button variant="secondary" disabled={answer.isPending} onClick={() => setAsking(true)}>
            {t.decline}
          </Button>
        </div>
      )}
      <ErrorMessage error={answer.error} />
    </div>
  );
}
