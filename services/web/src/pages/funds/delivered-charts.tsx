import { useMessages } from '../../i18n/locale.js';
import type { Delivered, Summary } from './api.js';
import { HBars } from './bars.js';
import { ChartFrame, DataTable, Legend } from './chart-frame.js';
import { useFundFormat } from './format.js';

type Row = Delivered & { key: string };

/** Participant-hours and people per group: each measure on its own scale, both written out. */
function DeliveredChart({
  title,
  groupLabel,
  rows,
  name,
}: {
  title: string;
  groupLabel: string;
  rows: Row[];
  name: (key: string) => string;
}) {
  const t = useMessages().funds.charts.delivered;
  const f = useFundFormat();
  const series = [t.participantHours, t.attendees];
  const top = [...rows].sort((a, b) => b.participantHours - a.participantHours)[0];
  return (
    <ChartFrame
      title={title}
      summary={top ? t.summary(name(top.key), f.hours(top.participantHours)) : t.none}
      legend={<Legend names={series} />}
      table={() => (
        <DataTable
          caption={title}
          columns={[
            { label: groupLabel },
            { label: t.sessions, numeric: true },
            { label: t.workshopHours, numeric: true },
            { label: t.participantHours, numeric: true },
            { label: t.attendees, numeric: true },
          ]}
          rows={rows.map((r) => [
            name(r.key),
            f.number(r.sessions, 0),
            f.hours(r.workshopHours),
            f.hours(r.participantHours),
            f.number(r.attendees, 0),
          ])}
        />
      )}
    >
      {(ids) => (
        <>
          <p class="hint">{t.scales}</p>
          <HBars
            ids={ids}
            series={series}
            perSeries
            rows={rows.map((r) => ({
              label: name(r.key),
              values: [r.participantHours, r.attendees],
              texts: [f.hours(r.participantHours), t.people(r.attendees, f.number(r.attendees, 0))],
            }))}
          />
        </>
      )}
    </ChartFrame>
  );
}

/** What the sessions delivered, per kind of workshop and per commune of the venue. */
export function DeliveredCharts({ summary }: { summary: Summary }) {
  const t = useMessages().funds.charts.delivered;
  const f = useFundFormat();
  if (summary.delivered.sessions === 0) return <p class="muted">{t.none}</p>;
  return (
    <>
      <DeliveredChart
        title={t.byKind}
        groupLabel={t.kind}
        rows={summary.delivered.byKind}
        name={f.kind}
      />
      <DeliveredChart
        title={t.byCommune}
        groupLabel={t.commune}
        rows={summary.delivered.byVenueCommune}
        name={f.commune}
      />
    </>
  );
}
