import { useQuery, useQueryClient } from '@tanstack/preact-query';
import { useState } from 'preact/hooks';
import { Link } from 'wouter-preact';
import { useSession } from '../../api/session.js';
import { formatDateTime } from '../../format/index.js';
import { useLocale } from '../../i18n/locale.js';
import { QueryState } from '../../ui/query-state.js';
import type { CatalogueSession } from '../catalogue/api.js';
import { bookingKeys, fetchMyBookingFor, FRESH, type Booking } from './api.js';
import { BookForm } from './book-form.js';
import { BookingActions } from './booking-actions.js';
import { BookingState } from './booking-state.js';
import { Feedback } from './feedback.js';
import './bookings.css';

/** Why a session cannot be booked now, or null when it can. */
function useClosedReason(session: CatalogueSession, now: Date): string | null {
  const { locale, m } = useLocale();
  const t = m.catalogue.session;
  if (session.status === 'cancelled') return t.cancelled;
  if (session.status === 'completed') return t.completed;
  if (new Date(session.startsAt) <= now) return t.started;
  if (new Date(session.bookingOpensAt) > now)
    return t.notYetOpen(formatDateTime(session.bookingOpensAt, locale));
  if (new Date(session.bookingClosesAt) <= now) return t.closed;
  return null;
}

function SignInToBook({ sessionId }: { sessionId: string }) {
  const t = useLocale().m.catalogue.session;
  const next = encodeURIComponent(`/sessions/${sessionId}`);
  return (
    <>
      <p>{t.signInHint}</p>
      <p class="actions">
        <Link href={`/sign-in?next=${next}`} class="button button--primary">
          {t.signIn}
        </Link>
        <Link href={`/sign-up?next=${next}`} class="button button--secondary">
          {t.signUp}
        </Link>
      </p>
    </>
  );
}

interface MineProps {
  session: CatalogueSession;
  seatsLeft: number;
  now: Date;
  closed: string | null;
}

function MyBooking({ session, seatsLeft, now, closed }: MineProps) {
  const m = useLocale().m;
  const [message, setMessage] = useState('');
  const queryClient = useQueryClient();
  const mine = useQuery({
    queryKey: bookingKeys.forSession(session.id),
    queryFn: () => fetchMyBookingFor(session.id),
    staleTime: FRESH,
  });
  const booked = (booking: Booking) => {
    queryClient.setQueryData(bookingKeys.forSession(session.id), booking);
    setMessage(m.bookings.book.done);
  };
  return (
    <QueryState query={mine}>
      {(booking) => (
        <>
          {booking && <BookingState booking={booking} />}
          <Feedback message={message} />
          {booking ? (
            <>
              <BookingActions
                booking={booking}
                over={new Date(session.startsAt) <= now}
                onDone={setMessage}
              />
              <p>
                <Link href={`/bookings/${booking.id}`}>{m.bookings.list.details}</Link>
              </p>
            </>
          ) : closed ? (
            <p>{closed}</p>
          ) : (
            <BookForm
              sessionId={session.id}
              capacity={session.capacity}
              full={seatsLeft <= 0}
              onBooked={booked}
            />
          )}
        </>
      )}
    </QueryState>
  );
}

/** The booking part of a session's page: sign in, book, or my booking and what I can do. */
export function SessionBooking({
  session,
  seatsLeft,
}: {
  session: CatalogueSession;
  seatsLeft: number;
}) {
  const m = useLocale().m;
  const account = useSession();
  const [now] = useState(() => new Date());
  const closed = useClosedReason(session, now);
  return (
    <section class="panel session-booking" aria-labelledby="session-booking-title">
      <h2 id="session-booking-title">{m.catalogue.session.booking}</h2>
      {account ? (
        <MyBooking session={session} seatsLeft={seatsLeft} now={now} closed={closed} />
      ) : closed ? (
        <p>{closed}</p>
      ) : (
        <SignInToBook sessionId={session.id} />
      )}
    </section>
  );
}
