import { useMessages } from '../../i18n/locale.js';
import type { CostRow, Summary } from './api.js';
import { HBars } from './bars.js';
import { ChartFrame, DataTable } from './chart-frame.js';
import { useFundFormat } from './format.js';

function CostChart({
  title,
  groupLabel,
  rows,
  name,
}: {
  title: string;
  groupLabel: string;
  rows: CostRow[];
  name: (key: string) => string;
}) {
  const t = useMessages().funds.charts.cost;
  const f = useFundFormat();
  const text = (r: CostRow) =>
    r.centsPerParticipantHour === null ? t.noHours : f.euros(r.centsPerParticipantHour);
  const priced = rows.filter((r) => r.centsPerParticipantHour !== null && r.spentCents > 0);
  const dearest = [...priced].sort(
    (a, b) => (b.centsPerParticipantHour ?? 0) - (a.centsPerParticipantHour ?? 0),
  )[0];
  return (
    <ChartFrame
      title={title}
      summary={dearest ? t.summary(name(dearest.key), text(dearest)) : t.none}
      table={() => (
        <DataTable
          caption={title}
          columns={[
            { label: groupLabel },
            { label: t.spent, numeric: true },
            { label: t.participantHours, numeric: true },
            { label: t.perHour, numeric: true },
          ]}
          rows={rows.map((r) => [
            name(r.key),
            f.euros(r.spentCents),
            f.hours(r.participantHours),
            text(r),
          ])}
        />
      )}
    >
      {(ids) => (
        <HBars
          ids={ids}
          series={[t.perHour]}
          rows={rows.map((r) => ({
            label: name(r.key),
            values: [r.centsPerParticipantHour ?? 0],
            texts: [text(r)],
          }))}
        />
      )}
    </ChartFrame>
  );
}

/** What one person's hour in a workshop cost the fund, and how that figure is computed. */
export function CostSection({ summary }: { summary: Summary }) {
  const t = useMessages().funds.charts.cost;
  const f = useFundFormat();
  const overall = summary.costPerParticipantHour.overallCents;
  const { byKind, byVenueCommune } = summary.costPerParticipantHour;
  return (
    <>
      {overall === null ? (
        <p>{t.notYet}</p>
      ) : (
        <>
          <p class="cost">
            <span class="cost__figure">{f.euros(overall)}</span> <span>{t.perHourLong}</span>
          </p>
          <p>
            {t.method(
              f.euros(summary.totals.spentCents),
              f.number(summary.delivered.participantHours),
              f.euros(overall),
            )}
          </p>
        </>
      )}
      {!byKind.some((r) => r.spentCents > 0) ? (
        overall !== null && <p class="muted">{t.none}</p>
      ) : (
        <>
          <p class="hint">{t.attributedHint}</p>
          <CostChart title={t.byKind} groupLabel={t.kind} rows={byKind} name={f.kind} />
          <CostChart
            title={t.byCommune}
            groupLabel={t.commune}
            rows={byVenueCommune}
            name={f.commune}
          />
        </>
      )}
    </>
  );
}
