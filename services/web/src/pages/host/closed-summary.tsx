import { useEffect, useRef } from 'preact/hooks';
import { formatDateTime, formatNumber } from '../../format/index.js';
import { useLocale } from '../../i18n/locale.js';
import type { AttendanceSummary } from './api.js';

/** What the closed session delivered, as the fund counts it. */
export function ClosedSummary({ summary }: { summary: AttendanceSummary }) {
  const { locale, m } = useLocale();
  const t = m.host.closed;
  const heading = useRef<HTMLHeadingElement>(null);
  // Shown right after closing too: the focus (lost with the buttons) comes here.
  useEffect(() => {
    if (document.activeElement === document.body) heading.current?.focus();
  }, []);
  const { repairs } = summary;
  const rows: [string, string][] = [
    [t.attendees, formatNumber(summary.attendees, locale)],
    [t.walkIns, formatNumber(summary.walkIns, locale)],
    [t.noShows, formatNumber(summary.noShows, locale)],
    [t.hours, formatNumber(summary.participantHours, locale, 2)],
  ];
  return (
    <div class="panel host-closed">
      <h3 tabIndex={-1} ref={heading}>
        {t.heading}
      </h3>
      <p>{t.at(formatDateTime(summary.closedAt, locale))}</p>
      <dl class="host-counts">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {repairs.items > 0 && (
        <p>{t.repairs(repairs.fixed, repairs.repairable, repairs.endOfLife)}</p>
      )}
    </div>
  );
}
