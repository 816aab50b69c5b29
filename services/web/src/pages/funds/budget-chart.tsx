import { useMessages } from '../../i18n/locale.js';
import type { Summary } from './api.js';
import { HBars } from './bars.js';
import { ChartFrame, DataTable, Legend } from './chart-frame.js';
import { useFundFormat } from './format.js';

/** Each budget line: what was planned beside what was spent (paired bars), and what is left. */
export function BudgetChart({ summary }: { summary: Summary }) {
  const t = useMessages().funds.charts.budget;
  const f = useFundFormat();
  const lines = summary.budget;
  if (lines.length === 0) return <p class="muted">{t.none}</p>;
  const over = lines.filter((l) => l.remainingCents < 0).map((l) => l.label);
  const series = [t.budget, t.spent];
  return (
    <ChartFrame
      title={t.title}
      summary={over.length === 0 ? t.allWithin : t.over(over.join(', '))}
      legend={<Legend names={series} tones={[1, 0]} />}
      table={() => (
        <DataTable
          caption={t.title}
          columns={[
            { label: t.line },
            { label: t.budget, numeric: true },
            { label: t.spent, numeric: true },
            { label: t.remaining, numeric: true },
          ]}
          rows={lines.map((l) => [
            l.label,
            f.euros(l.budgetCents),
            f.euros(l.spentCents),
            f.euros(l.remainingCents),
          ])}
        />
      )}
    >
      {(ids) => (
        <HBars
          ids={ids}
          series={series}
          tones={[1, 0]}
          rows={lines.map((l) => ({
            label: l.label,
            values: [l.budgetCents, l.spentCents],
            texts: [f.euros(l.budgetCents), f.euros(l.spentCents)],
          }))}
        />
      )}
    </ChartFrame>
  );
}
