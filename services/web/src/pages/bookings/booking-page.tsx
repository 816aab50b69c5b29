import { useQuery } from '@tanstack/preact-query';
import { useState } from 'preact/hooks';
import { Link } from 'wouter-preact';
import { useMessages } from '../../i18n/locale.js';
import { Page } from '../../ui/page.js';
import { QueryState } from '../../ui/query-state.js';
import { RequireSession } from '../../ui/require-session.js';
import { bookingKeys, fetchBooking, FRESH, type Booking } from './api.js';
import { BookingActions } from './booking-actions.js';
import { SessionLine } from './booking-card.js';
import { BookingState } from './booking-state.js';
import { Feedback } from './feedback.js';
import './bookings.css';

function BookingView({ booking }: { booking: Booking }) {
  const t = useMessages().bookings;
  const [now] = useState(() => new Date());
  const [message, setMessage] = useState('');
  const session = booking.session;
  const over = !session || session.status !== 'scheduled' || new Date(session.startsAt) <= now;
  return (
    <>
      <BookingState booking={booking} />
      <Feedback message={message} />
      <BookingActions booking={booking} over={over} onDone={setMessage} />
      <section aria-labelledby="booking-session">
        <h2 id="booking-session">{session ? session.title : t.list.unknownSession}</h2>
        {session && <SessionLine session={session} />}
        <p>
          <Link href={`/sessions/${booking.sessionId}`}>{t.one.seeSession}</Link>
        </p>
      </section>
    </>
  );
}

function OneBooking({ id }: { id: string }) {
  const t = useMessages().bookings.one;
  const booking = useQuery({
    queryKey: bookingKeys.one(id),
    queryFn: () => fetchBooking(id),
    staleTime: FRESH,
  });
  return (
    <Page title={t.title}>
      <QueryState query={booking}>{(data) => <BookingView booking={data} />}</QueryState>
      <p>
        <Link href="/bookings">
          <span aria-hidden="true">← </span>
          {t.all}
        </Link>
      </p>
    </Page>
  );
}

/** One booking, with what can be done about it (emails about a booking link here). */
export default function BookingPage({ params }: { params: Record<string, string | undefined> }) {
  return (
    <RequireSession>
      <OneBooking key={params.id} id={params.id ?? ''} />
    </RequireSession>
  );
}
