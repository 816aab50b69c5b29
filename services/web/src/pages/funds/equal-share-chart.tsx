import { useMessages } from '../../i18n/locale.js';
import type { CommuneShare, Summary } from './api.js';
import { ChartFrame, DataTable, Legend } from './chart-frame.js';
import { useFundFormat } from './format.js';

/** One town hall: its bar (paid, with a mark at what it is expected to have paid) and in words. */
function CommuneBar({ row, max }: { row: CommuneShare; max: number }) {
  const t = useMessages().funds.charts.equalShare;
  const f = useFundFormat();
  const at = (cents: number) => (max > 0 ? Math.min(100, (cents / max) * 100) : 0);
  return (
    <li class="share">
      <p class="share__head">
        <strong>{f.commune(row.commune)}</strong>{' '}
        <span class={row.behind ? 'pill pill--behind' : 'pill'}>
          {row.behind ? t.behind : t.onTrack}
        </span>
      </p>
      <svg class="share__bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true">
        <rect x="0" y="1" width="100" height="8" class="progress__track" />
        <rect x="0" y="1" width={at(row.paidCents)} height="8" class="bar bar--0" />
        <rect
          x={Math.max(0, at(row.expectedCents) - 0.6)}
          y="0"
          width="1.2"
          height="10"
          class="mark"
        />
      </svg>
      <p class="share__text">
        {t.line(f.euros(row.paidCents), f.euros(row.expectedCents), f.euros(row.targetCents))}
        {row.behind && (
          <strong class="share__late"> {t.behindBy(f.euros(row.behindByCents))}</strong>
        )}
      </p>
    </li>
  );
}

/** The town halls share the municipal part equally: who paid their part so far, who is behind. */
export function EqualShareChart({ summary }: { summary: Summary }) {
  const t = useMessages().funds.charts.equalShare;
  const f = useFundFormat();
  const rows = summary.equalShare.communes;
  const max = Math.max(0, ...rows.flatMap((r) => [r.paidCents, r.expectedCents, r.targetCents]));
  const late = rows.filter((r) => r.behind).map((r) => f.commune(r.commune));
  const sentence = `${t.intro(f.euros(summary.equalShare.municipalTargetCents), f.percent(summary.equalShare.marginBps / 10_000))} ${late.length === 0 ? t.noneBehind : t.someBehind(late.join(', '))}`;
  if (rows.length === 0) return <p class="muted">{t.noCommunes}</p>;
  return (
    <ChartFrame
      title={t.title}
      summary={sentence}
      legend={<Legend names={[t.paid]} />}
      table={() => (
        <DataTable
          caption={t.title}
          columns={[
            { label: t.commune },
            { label: t.pledged, numeric: true },
            { label: t.paid, numeric: true },
            { label: t.expected, numeric: true },
            { label: t.target, numeric: true },
            { label: t.status },
          ]}
          rows={rows.map((r) => [
            f.commune(r.commune),
            f.euros(r.pledgedCents),
            f.euros(r.paidCents),
            f.euros(r.expectedCents),
            f.euros(r.targetCents),
            r.behind ? t.behindBy(f.euros(r.behindByCents)) : t.onTrack,
          ])}
        />
      )}
    >
      {() => (
        <>
          <p class="hint">{t.markHint}</p>
          <ul class="shares">
            {rows.map((row) => (
              <CommuneBar key={row.commune} row={row} max={max} />
            ))}
          </ul>
        </>
      )}
    </ChartFrame>
  );
}
