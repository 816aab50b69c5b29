import { formatDate } from '../../format/index.js';
import { useMessages } from '../../i18n/locale.js';
import type { Statement } from './api.js';
import { lastDay, useFundFormat } from './format.js';

function Contributions({ statement }: { statement: Statement }) {
  const t = useMessages().funds.statement;
  const f = useFundFormat();
  if (statement.contributions.length === 0) return <p class="muted">{t.noContributions}</p>;
  return (
    <div class="table-scroll" tabIndex={0} role="region" aria-label={t.contributionsTitle}>
      <table class="fund-table">
        <caption>{t.contributionsTitle}</caption>
        <thead>
          <tr>
            <th scope="col">{t.date}</th>
            <th scope="col">{t.reference}</th>
            <th scope="col" class="num">
              {t.amount}
            </th>
          </tr>
        </thead>
        <tbody>
          {statement.contributions.map((c) => (
            <tr key={c.entryId}>
              <th scope="row">{formatDate(c.occurredAt, f.locale)}</th>
              <td>{c.reference}</td>
              <td class="num">{f.euros(c.amountCents)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={2}>
              {t.total}
            </th>
            <td class="num">{f.euros(statement.contributedCents)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

/** The time given beside the money: the funder's own hours if any, and the period's. */
function InKind({ statement }: { statement: Statement }) {
  const v = useMessages().volunteering;
  const f = useFundFormat();
  const k = statement.inKind;
  if (k.volunteerHours === 0) return null;
  return (
    <>
      <h3>{v.legend}</h3>
      {k.given.volunteerHours > 0 && (
        <p>{v.given(f.number(k.given.volunteerHours), f.euros(k.given.valuedCents))}</p>
      )}
      <p class="hint">
        {v.periodInKind(k.volunteers, f.number(k.volunteerHours), f.euros(k.valuedCents))}
      </p>
    </>
  );
}

/** « What my money paid for »: my contributions, my share, and that share of what was delivered. */
export function StatementView({ statement }: { statement: Statement }) {
  const t = useMessages().funds.statement;
  const f = useFundFormat();
  const s = statement;
  return (
    <section aria-labelledby="statement-title">
      <h2 id="statement-title">{t.of(s.funder.name)}</h2>
      <p>
        {t.period(formatDate(s.period.from, f.locale), formatDate(lastDay(s.period.to), f.locale))}
      </p>
      <dl class="figures">
        <div class="figure">
          <dt>{t.contributed}</dt>
          <dd>{f.euros(s.contributedCents)}</dd>
        </div>
        <div class="figure">
          <dt>{t.share}</dt>
          <dd>{f.percent(s.share, 1)}</dd>
          <dd class="hint">{t.shareOf(f.euros(s.allContributionsCents))}</dd>
        </div>
        <div class="figure">
          <dt>{t.pledged}</dt>
          <dd>{f.euros(s.pledgedCents)}</dd>
          <dd class="hint">{t.outstanding(f.euros(s.outstandingPledgeCents))}</dd>
        </div>
      </dl>
      <h3>{t.paidForTitle}</h3>
      <ul>
        <li>
          {t.participantHours(
            f.number(s.attributed.participantHours),
            f.number(s.delivered.participantHours),
          )}
        </li>
        <li>
          {t.workshopHours(
            f.number(s.attributed.workshopHours),
            f.number(s.delivered.workshopHours),
          )}
        </li>
        <li>
          {t.attendees(f.number(s.attributed.attendees, 1), f.number(s.delivered.attendees, 0))}
        </li>
      </ul>
      <p class="hint">{t.method}</p>
      <InKind statement={s} />
      <Contributions statement={s} />
    </section>
  );
}
