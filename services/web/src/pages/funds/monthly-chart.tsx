import { useMessages } from '../../i18n/locale.js';
import { CATEGORIES, type Summary } from './api.js';
import { HBars, StackedBars } from './bars.js';
import { ChartFrame, DataTable, Legend } from './chart-frame.js';
import { formatMonth, useFundFormat } from './format.js';
import { monthsSoFar, monthTotal, type MonthRow } from './months.js';

function MonthlyBars({ rows }: { rows: MonthRow[] }) {
  const { charts, categories } = useMessages().funds;
  const t = charts.months;
  const f = useFundFormat();
  const series = CATEGORIES.map((c) => categories[c]);
  const label = (row: MonthRow) => formatMonth(row.month, f.locale);
  const busiest = rows.reduce<MonthRow | null>(
    (best, row) => (monthTotal(row) > (best ? monthTotal(best) : 0) ? row : best),
    null,
  );
  return (
    <ChartFrame
      title={t.title}
      summary={busiest ? t.summary(label(busiest), f.euros(monthTotal(busiest))) : t.none}
      legend={<Legend names={series} />}
      table={() => (
        <DataTable
          caption={t.title}
          columns={[
            { label: t.month },
            ...series.map((name) => ({ label: name, numeric: true })),
            { label: t.total, numeric: true },
          ]}
          rows={rows.map((row) => [
            label(row),
            ...CATEGORIES.map((c) => f.euros(row.cents[c])),
            f.euros(monthTotal(row)),
          ])}
        />
      )}
    >
      {(ids) => (
        <StackedBars
          ids={ids}
          series={series}
          rows={rows.map((row) => ({
            label: label(row),
            values: CATEGORIES.map((c) => row.cents[c]),
            texts: CATEGORIES.map((c) => f.euros(row.cents[c])),
          }))}
          totals={rows.map((row) => f.euros(monthTotal(row)))}
        />
      )}
    </ChartFrame>
  );
}

function MonthlyHours({ rows }: { rows: MonthRow[] }) {
  const t = useMessages().funds.charts.months;
  const f = useFundFormat();
  const label = (row: MonthRow) => formatMonth(row.month, f.locale);
  const hours = f.hours;
  const busiest = rows.reduce<MonthRow | null>(
    (best, row) => (row.participantHours > (best?.participantHours ?? 0) ? row : best),
    null,
  );
  const series = [t.participantHours, t.volunteerHours];
  return (
    <ChartFrame
      title={t.hoursTitle}
      legend={<Legend names={series} />}
      summary={
        busiest ? t.hoursSummary(label(busiest), hours(busiest.participantHours)) : t.hoursNone
      }
      table={() => (
        <DataTable
          caption={t.hoursTitle}
          columns={[
            { label: t.month },
            { label: t.sessions, numeric: true },
            { label: t.workshopHours, numeric: true },
            { label: t.participantHours, numeric: true },
            { label: t.volunteerHours, numeric: true },
          ]}
          rows={rows.map((row) => [
            label(row),
            f.number(row.sessions),
            hours(row.workshopHours),
            hours(row.participantHours),
            hours(row.volunteerHours),
          ])}
        />
      )}
    >
      {(ids) => (
        <HBars
          ids={ids}
          series={series}
          rows={rows.map((row) => ({
            label: label(row),
            values: [row.participantHours, row.volunteerHours],
            texts: [hours(row.participantHours), hours(row.volunteerHours)],
          }))}
        />
      )}
    </ChartFrame>
  );
}

/**
 * The fund's months from the public summary: money confirmed by category, and the hours the
 * sessions gave, each with its text summary and data table.
 */
export function MonthlyCharts({ summary }: { summary: Summary }) {
  const rows = monthsSoFar(summary.months);
  return (
    <>
      <MonthlyBars rows={rows} />
      <MonthlyHours rows={rows} />
    </>
  );
}
