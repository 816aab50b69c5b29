import { communeName, formatDateTime, formatDuration, formatTime } from '../../format/index.js';
import { useLocale } from '../../i18n/locale.js';
import { Link } from 'wouter-preact';
import type { Session } from './api.js';
import { useVenueName } from './reference.js';

/** When, where, how full, and in what state, in words. */
export function SessionDetails({ session }: { session: Session }) {
  const { locale, m } = useLocale();
  const t = m.host.session;
  const venueName = useVenueName();
  const where = [venueName(session.venueId), communeName(session.commune)].filter(Boolean);
  const booked = session.seatsLeft === undefined ? undefined : session.capacity - session.seatsLeft;
  return (
    <>
      <dl class="host-facts">
        <dt>{t.when}</dt>
        <dd>
          {formatDateTime(session.startsAt, locale)}–{formatTime(session.endsAt, locale)} (
          {formatDuration(session.durationMinutes)})
        </dd>
        <dt>{t.where}</dt>
        <dd>{where.join(', ')}</dd>
        <dt>{t.seats}</dt>
        <dd>
          {booked === undefined
            ? m.host.places(session.capacity)
            : t.booked(booked, session.capacity)}
        </dd>
        <dt>{t.state}</dt>
        <dd>{m.host.sessionStatus[session.status]}</dd>
      </dl>
      {session.status === 'cancelled' && session.cancellationReason && (
        <p class="panel">{t.cancelled(session.cancellationReason)}</p>
      )}
      <p>
        <Link href={`/sessions/${session.id}`}>{t.public}</Link>
      </p>
    </>
  );
}
