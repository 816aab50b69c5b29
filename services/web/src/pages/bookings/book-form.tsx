import { useMutation, useQueryClient } from '@tanstack/preact-query';
import { useState } from 'preact/hooks';
import { useMessages } from '../../i18n/locale.js';
import { Button } from '../../ui/button.js';
import { ErrorMessage } from '../../ui/error-message.js';
import { Field } from '../../ui/field.js';
import { afterChange, bookSeats, MAX_SEATS_PER_BOOKING, type Booking } from './api.js';
import { useIdempotencyKey } from '../../api/idempotency.js';

interface BookFormProps {
  sessionId: string;
  capacity: number;
  full: boolean;
  onBooked: (booking: Booking) => void;
}

function SeatsField({
  max,
  seats,
  onSeats,
}: {
  max: number;
  seats: number;
  onSeats: (n: number) => void;
}) {
  const t = useMessages().bookings.book;
  return (
    <Field label={t.seats} hint={t.seatsHint(max)}>
      {(wiring) => (
        <select
          {...wiring}
          value={String(seats)}
          onChange={(e) => onSeats(Number((e.target as HTMLSelectElement).value))}
        >
          {Array.from({ length: max }, (_, i) => i + 1).map((n) => (
            <option key={n} value={String(n)}>
              {n}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** Book one seat or a few; a full session puts the booking on its waiting list. */
export function BookForm({ sessionId, capacity, full, onBooked }: BookFormProps) {
  const t = useMessages().bookings.book;
  const max = Math.max(1, Math.min(MAX_SEATS_PER_BOOKING, capacity));
  const [seats, setSeats] = useState(1);
  const key = useIdempotencyKey();
  const queryClient = useQueryClient();
  const book = useMutation({
    mutationFn: () => bookSeats(sessionId, seats, key.keyFor({ sessionId, seats })),
    onSuccess: async (booking) => {
      key.done();
      await afterChange(queryClient, booking);
      onBooked(booking);
    },
  });
  return (
    <form
      class="book-form"
      onSubmit={(e) => {
        e.preventDefault();
        book.mutate();
      }}
    >
      {full && <p>{t.full}</p>}
      {max > 1 && <SeatsField max={max} seats={seats} onSeats={setSeats} />}
      <ErrorMessage error={book.error} />
      <Button type="submit" pending={book.isPending}>
        {t.submit}
      </Button>
    </form>
  );
}
