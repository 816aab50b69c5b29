/**
 * Hand-drawn horizontal bar charts (inline SVG, no chart library). Horizontal, with the label
 * above each bar and its value written at its end, so they stay readable 360 px wide.
 */
import { useMessages } from '../../i18n/locale.js';

const WIDTH = 320;
/** The longest bar: the rest of the width holds the value written after it. */
const BAR_MAX = 185;
const LABEL_H = 19;
const BAR_H = 14;
const GAP = 4;
const ROW_GAP = 10;

export interface BarRow {
  label: string;
  values: number[];
  /** Each value as people read it (« 12,50 € », « 3,5 h »). */
  texts: string[];
}

const cut = (text: string, max = 40) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
const lengthOf = (value: number, max: number) =>
  max > 0 && value > 0 ? Math.max(1, (value / max) * BAR_MAX) : 0;

/** The stripes of the third style, referenced by the CSS: rendered once per page. */
export function ChartDefs() {
  return (
    <svg width="0" height="0" class="chart-defs" aria-hidden="true" focusable="false">
      <defs>
        <pattern
          id="fund-stripes"
          width="6"
          height="6"
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <rect width="6" height="6" fill="#ffffff" />
          <rect width="3" height="6" fill="#7a3e00" />
        </pattern>
      </defs>
    </svg>
  );
}

interface ChartIds {
  titleId: string;
  summaryId: string;
}

/**
 * One group of bars per row, one bar per series (solid, outlined, striped). `perSeries`
 * scales each series to its own largest value (for hours beside people: not comparable).
 */
export function HBars({
  rows,
  series,
  ids,
  perSeries = false,
  tones,
}: {
  rows: BarRow[];
  series: string[];
  ids: ChartIds;
  perSeries?: boolean;
  /** The style of each series (0 solid, 1 outlined, 2 striped); in order by default. */
  tones?: number[];
}) {
  const { charts } = useMessages().funds;
  const all = rows.flatMap((r) => r.values);
  const maxOf = (s: number) =>
    perSeries ? Math.max(0, ...rows.map((r) => r.values[s] ?? 0)) : Math.max(0, ...all);
  const rowH = LABEL_H + series.length * (BAR_H + GAP) + ROW_GAP;
  return (
    <svg
      class="chart__svg"
      viewBox={`0 0 ${WIDTH} ${rows.length * rowH}`}
      role="img"
      aria-labelledby={ids.titleId}
      aria-describedby={ids.summaryId}
    >
      {rows.map((row, i) => (
        <g key={row.label} transform={`translate(0 ${i * rowH})`}>
          <text x="0" y="14" class="chart__label">
            {cut(row.label)}
          </text>
          {series.map((name, s) => {
            const y = LABEL_H + s * (BAR_H + GAP);
            const length = lengthOf(row.values[s] ?? 0, maxOf(s));
            return (
              <g key={name}>
                <rect
                  x="0.5"
                  y={y}
                  width={length}
                  height={BAR_H}
                  class={`bar bar--${tones?.[s] ?? s}`}
                >
                  <title>{charts.point(name, row.texts[s] ?? '')}</title>
                </rect>
                <text x={length + 5} y={y + 11.5} class="chart__value">
                  {row.texts[s]}
                </text>
              </g>
            );
          })}
        </g>
      ))}
    </svg>
  );
}

/** One bar per row, cut into segments (one per series, in order), its total written after. */
export function StackedBars({
  rows,
  series,
  totals,
  ids,
}: {
  rows: BarRow[];
  series: string[];
  totals: string[];
  ids: ChartIds;
}) {
  const { charts } = useMessages().funds;
  const max = Math.max(0, ...rows.map((r) => r.values.reduce((a, v) => a + v, 0)));
  const rowH = LABEL_H + BAR_H + ROW_GAP;
  return (
    <svg
      class="chart__svg"
      viewBox={`0 0 ${WIDTH} ${rows.length * rowH}`}
      role="img"
      aria-labelledby={ids.titleId}
      aria-describedby={ids.summaryId}
    >
      {rows.map((row, i) => {
        const starts = row.values.map((_, s) =>
          row.values.slice(0, s).reduce((a, v) => a + lengthOf(v, max), 0),
        );
        const end = row.values.reduce((a, v) => a + lengthOf(v, max), 0);
        return (
          <g key={row.label} transform={`translate(0 ${i * rowH})`}>
            <text x="0" y="14" class="chart__label">
              {cut(row.label)}
            </text>
            {series.map((name, s) => (
              <rect
                key={name}
                x={0.5 + (starts[s] ?? 0)}
                y={LABEL_H}
                width={lengthOf(row.values[s] ?? 0, max)}
                height={BAR_H}
                class={`bar bar--${s}`}
              >
                <title>{charts.point(name, row.texts[s] ?? '')}</title>
              </rect>
            ))}
            <text x={end + 5} y={LABEL_H + 11.5} class="chart__value">
              {totals[i]}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
