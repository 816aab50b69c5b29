import { useMessages } from '../../i18n/locale.js';
import type { Summary } from './api.js';
import { HBars } from './bars.js';
import { ChartFrame, DataTable, Legend } from './chart-frame.js';
import { useFundFormat } from './format.js';

/** Each category of funders: received and pledged against its part of the target. */
export function CategoryChart({ summary }: { summary: Summary }) {
  const { charts, categories } = useMessages().funds;
  const t = charts.categories;
  const f = useFundFormat();
  const series = [t.received, t.pledged, t.target];
  const rows = summary.byCategory.map((c) => ({
    label: categories[c.category],
    values: [c.contributedCents, c.pledgedCents, c.targetCents],
    texts: [f.euros(c.contributedCents), f.euros(c.pledgedCents), f.euros(c.targetCents)],
  }));
  const sentence = summary.byCategory
    .map((c) => t.row(categories[c.category], f.euros(c.contributedCents), f.euros(c.targetCents)))
    .join(' ');
  return (
    <ChartFrame
      title={t.title}
      summary={sentence}
      legend={<Legend names={series} />}
      table={() => (
        <DataTable
          caption={t.title}
          columns={[
            { label: t.category },
            { label: t.received, numeric: true },
            { label: t.pledged, numeric: true },
            { label: t.target, numeric: true },
            { label: t.progress, numeric: true },
          ]}
          rows={summary.byCategory.map((c) => [
            categories[c.category],
            f.euros(c.contributedCents),
            f.euros(c.pledgedCents),
            f.euros(c.targetCents),
            f.percent(c.progress),
          ])}
        />
      )}
    >
      {(ids) => <HBars rows={rows} series={series} ids={ids} />}
    </ChartFrame>
  );
}
