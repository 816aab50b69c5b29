import { useState } from 'preact/hooks';
import { Link } from 'wouter-preact';
import { formatDate, formatTime } from '../../format/index.js';
import { useLocale } from '../../i18n/locale.js';
import { useNames } from '../catalogue/reference.js';
import type { Booking, BookingSession } from './api.js';
import { BookingActions } from './booking-actions.js';
import { BookingState } from './booking-state.js';
import { Feedback } from './feedback.js';

/** « samedi 6 mars 2027, 10:00 – 12:00 » and the place, for a booking's session. */
export function SessionLine({ session }: { session: BookingSession }) {
  const { locale, m } = useLocale();
  const names = useNames();
  const venue = names.venue(session.venueId);
  const commune = names.commune(session.commune);
  return (
    <>
      <p class="booking-card__when">
        {formatDate(session.startsAt, locale)}, {formatTime(session.startsAt, locale)} –{' '}
        {formatTime(session.endsAt, locale)}
      </p>
      <p class="muted">{venue ? m.catalogue.card.venueAndCommune(venue, commune) : commune}</p>
      {session.status === 'cancelled' && <p class="pill">{m.bookings.list.sessionCancelled}</p>}
    </>
  );
}

/** One of my bookings: the session, where it stands, and what I can do about it. */
export function BookingCard({ booking, now }: { booking: Booking; now: Date }) {
  const t = useLocale().m.bookings.list;
  const [message, setMessage] = useState('');
  const session = booking.session;
  const over = !session || session.status !== 'scheduled' || new Date(session.startsAt) <= now;
  return (
    <article class="card booking-card">
      <h2>
        {session ? (
          <Link href={`/sessions/${booking.sessionId}`}>{session.title}</Link>
        ) : (
          t.unknownSession
        )}
      </h2>
      {session && <SessionLine session={session} />}
      <BookingState booking={booking} />
      <Feedback message={message} />
      <BookingActions booking={booking} over={over} onDone={setMessage} />
      <p>
        <Link href={`/bookings/${booking.id}`}>{t.details}</Link>
      </p>
    </article>
  );
}
