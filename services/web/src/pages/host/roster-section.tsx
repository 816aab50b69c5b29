import { useQuery } from '@tanstack/preact-query';
import { useState } from 'preact/hooks';
import { formatDateTime } from '../../format/index.js';
import { useLocale } from '../../i18n/locale.js';
import { QueryState } from '../../ui/query-state.js';
import { fetchRoster, KEYS, type Roster, type Session } from './api.js';
import { useClockPassing } from './clock.js';
import { CloseAttendance } from './close-attendance.js';
import { ClosedSummary } from './closed-summary.js';
import { DeliveryStatus } from './void-delivery.js';
import { RepairItems } from './repair-items.js';
import { RosterCounts } from './roster-counts.js';
import { RosterPerson } from './roster-person.js';
import { WalkIns } from './walk-ins.js';

/** Attendance opens an hour before the start (bookings' rule), closing once it has started. */
const OPENS_BEFORE_MS = 3_600_000;

interface BodyProps {
  roster: Roster;
  session: Session;
  open: boolean;
  started: boolean;
  announce: (text: string) => void;
}

function RosterBody({ roster, session, open, started, announce }: BodyProps) {
  const t = useLocale().m.host.roster;
  const editable = open && roster.closed === null;
  return (
    <>
      {roster.closed ? <ClosedSummary summary={roster.closed} /> : <RosterCounts roster={roster} />}
      <DeliveryStatus roster={roster} />
      <h3>{t.booked}</h3>
      {roster.bookings.length === 0 ? (
        <p class="muted">{t.empty}</p>
      ) : (
        <ul class="host-people">
          {roster.bookings.map((booking) => (
            <RosterPerson
              key={booking.bookingId}
              booking={booking}
              sessionId={session.id}
              editable={editable}
              announce={announce}
            />
          ))}
        </ul>
      )}
      {roster.waitlisted > 0 && <p class="muted">{t.waitlisted(roster.waitlisted)}</p>}
      <WalkIns roster={roster} editable={editable} announce={announce} />
      {(session.kind === 'repair' || roster.repairs.length > 0) && (
        <RepairItems roster={roster} editable={editable} announce={announce} />
      )}
      {editable && <CloseAttendance session={session} roster={roster} started={started} />}
    </>
  );
}

/** The roster with one-tap check-in, walk-ins, repairs and closing; before it opens, when it will. */
export function RosterSection({ session }: { session: Session }) {
  const { locale, m } = useLocale();
  const t = m.host.roster;
  const startsAt = Date.parse(session.startsAt);
  const opensAt = startsAt - OPENS_BEFORE_MS;
  const now = useClockPassing([opensAt, startsAt]);
  const [announcement, setAnnouncement] = useState('');
  // Co-hosts may check people in on another phone: their marks show up here within a minute.
  const query = useQuery({
    queryKey: KEYS.roster(session.id),
    queryFn: () => fetchRoster(session.id),
    refetchInterval: 60_000,
  });
  const open = now >= opensAt;
  return (
    <section aria-labelledby="host-roster">
      <h2 id="host-roster">{t.heading}</h2>
      {!open && <p class="panel">{t.opensAt(formatDateTime(new Date(opensAt), locale))}</p>}
      <QueryState query={query}>
        {(roster) => (
          <RosterBody
            roster={roster}
            session={session}
            open={open}
            started={now >= startsAt}
            announce={setAnnouncement}
          />
        )}
      </QueryState>
      <div role="status" class="visually-hidden">
        {announcement}
      </div>
    </section>
  );
}
