import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import { useMessages } from '../../i18n/locale.js';

/**
 * A chart's frame: its title, a sentence that says what it shows (the text alternative, read
 * by everyone, not only screen readers), the drawing, and its numbers as a table, so that no
 * meaning is carried by a colour or a length alone.
 */
export function ChartFrame({
  title,
  summary,
  legend,
  table,
  children,
}: {
  title: string;
  summary: string;
  legend?: ComponentChildren;
  table: (ids: { titleId: string }) => ComponentChildren;
  children: (ids: { titleId: string; summaryId: string }) => ComponentChildren;
}) {
  const id = useId();
  const { funds } = useMessages();
  const ids = { titleId: `${id}-title`, summaryId: `${id}-summary` };
  return (
    <figure class="chart" aria-labelledby={ids.titleId}>
      <h3 id={ids.titleId}>{title}</h3>
      <p class="chart__summary" id={ids.summaryId}>
        {summary}
      </p>
      {legend}
      {children(ids)}
      <details class="chart__data">
        <summary>{funds.charts.showData}</summary>
        {table(ids)}
      </details>
    </figure>
  );
}

export interface Column {
  label: string;
  /** Right-aligned (amounts, counts). */
  numeric?: boolean;
}

/** The numbers behind a chart: the first cell of a row names it (a row header). */
export function DataTable({
  caption,
  columns,
  rows,
}: {
  caption: string;
  columns: Column[];
  rows: string[][];
}) {
  return (
    // Focusable and named, so that a keyboard can scroll it on a narrow screen.
    <div class="table-scroll" tabIndex={0} role="region" aria-label={caption}>
      <table class="fund-table">
        <caption class="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th scope="col" key={c.label} class={c.numeric ? 'num' : undefined}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(([head, ...cells], i) => (
            <tr key={i}>
              <th scope="row">{head}</th>
              {cells.map((cell, j) => (
                <td key={j} class={columns[j + 1]?.numeric ? 'num' : undefined}>
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** What the bar styles mean: a swatch drawn like the bars (solid, outlined, striped). */
export function Legend({ names, tones }: { names: string[]; tones?: number[] }) {
  return (
    <ul class="chart__legend">
      {names.map((name, i) => (
        <li key={name}>
          <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
            <rect x="1" y="1" width="14" height="14" class={`bar bar--${tones?.[i] ?? i}`} />
          </svg>
          {name}
        </li>
      ))}
    </ul>
  );
}
