import { formatNumber } from '../../format/index.js';
import { useLocale } from '../../i18n/locale.js';
import type { Roster } from './api.js';

/** Seats booked, marked present or absent, not marked yet, and walk-ins, as counted so far. */
export function countsOf(roster: Roster) {
  let booked = 0;
  let present = 0;
  let absent = 0;
  let unmarked = 0;
  for (const b of roster.bookings.filter((b) => b.status === 'confirmed')) {
    booked += b.seats;
    if (b.attendance === null) unmarked += b.seats;
    const came = b.attendance === 'attended' ? (b.attendedSeats ?? b.seats) : 0;
    present += came;
    if (b.attendance !== null) absent += b.seats - came;
  }
  const walkIns = roster.walkIns.reduce((sum, w) => sum + w.seats, 0);
  return { booked, present, absent, unmarked, walkIns, total: present + walkIns };
}

export function RosterCounts({ roster }: { roster: Roster }) {
  const { locale, m } = useLocale();
  const t = m.host.counts;
  const counts = countsOf(roster);
  const rows: [string, number][] = [
    [t.booked, counts.booked],
    [t.present, counts.present],
    [t.absent, counts.absent],
    [t.unmarked, counts.unmarked],
    [t.walkIns, counts.walkIns],
    [t.total, counts.total],
  ];
  return (
    <div class="panel">
      <h3>{t.heading}</h3>
      <dl class="host-counts">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{formatNumber(value, locale)}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
