import { formatDateTime } from '../../format/index.js';
import { useLocale } from '../../i18n/locale.js';
import type { Booking } from './api.js';

function Headline({ booking }: { booking: Booking }) {
  const t = useLocale().m.bookings.state;
  switch (booking.status) {
    case 'confirmed':
      return <>{t.confirmed}</>;
    case 'waitlisted':
      return <>{booking.position ? t.waitlistedAt(booking.position) : t.waitlisted}</>;
    case 'offered':
      return <>{t.offered}</>;
    case 'cancelled':
      return <>{t.cancelled}</>;
    case 'expired':
      return <>{t.expired}</>;
  }
}

function Explanation({ booking }: { booking: Booking }) {
  const { locale, m } = useLocale();
  const t = m.bookings.state;
  if (booking.status === 'waitlisted')
    return (
      <p>
        {booking.position ? `${t.ahead(booking.position)} ${t.waitlistedHint}` : t.waitlistedHint}
      </p>
    );
  if (booking.status === 'offered' && booking.offerExpiresAt)
    return <p>{t.offerExpires(formatDateTime(booking.offerExpiresAt, locale))}</p>;
  if (booking.status === 'expired') return <p>{t.expiredHint}</p>;
  if (booking.status === 'cancelled' && booking.cancellation)
    return (
      <p>
        {t.causes[booking.cancellation.cause]}
        {booking.cancellation.reason && <> {t.reason(booking.cancellation.reason)}</>}
      </p>
    );
  if (booking.attendance === 'attended') return <p>{t.attended}</p>;
  if (booking.attendance === 'no-show') return <p>{t.noShow}</p>;
  return null;
}

/**
 * Where a booking stands, in words (never by colour alone). A live region: when an action
 * changes the state, screen readers hear the new one.
 */
export function BookingState({ booking }: { booking: Booking }) {
  const t = useLocale().m.bookings.state;
  return (
    <div class={`booking-state booking-state--${booking.status}`} role="status">
      <p class="booking-state__headline">
        <Headline booking={booking} />
        {booking.seats > 1 && ' '}
        {booking.seats > 1 && <span class="pill">{t.seats(booking.seats)}</span>}
      </p>
      <Explanation booking={booking} />
    </div>
  );
}
