import { useQuery } from '@tanstack/preact-query';
import { useMessages } from '../../i18n/locale.js';
import { QueryState } from '../../ui/query-state.js';
import { CATEGORIES, fetchEntries, fetchFund, keys } from './api.js';
import { StackedBars } from './bars.js';
import { ChartFrame, DataTable, Legend } from './chart-frame.js';
import { formatMonth, useFundFormat } from './format.js';
import { contributionsByMonth, monthTotal, type MonthRow } from './months.js';

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

/**
 * Contributions by category, month by month: read from the ledger, which only coordinators
 * and funders may read (the public summary has totals only). Its own module, loaded for them.
 */
export default function MonthlyChart({ params }: { params: Record<string, string | undefined> }) {
  const id = params.id ?? '';
  const months = useQuery({
    queryKey: keys.months(id),
    queryFn: async () => {
      const [fund, entries] = await Promise.all([fetchFund(id), fetchEntries(id)]);
      return contributionsByMonth(entries, { start: fund.periodStart, end: fund.periodEnd });
    },
  });
  return <QueryState query={months}>{(rows) => <MonthlyBars rows={rows} />}</QueryState>;
}
