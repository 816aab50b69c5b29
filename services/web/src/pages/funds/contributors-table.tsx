import { useMessages } from '../../i18n/locale.js';
import type { Contributor, Organisation } from './api.js';
import { useFundFormat } from './format.js';

/** Funders and coordinators: pledged, paid and still expected, per contributor. */
export function ContributorsTable({
  rows,
  organisations,
}: {
  rows: Contributor[];
  organisations: Organisation[];
}) {
  const { funds } = useMessages();
  const t = funds.contributors;
  const f = useFundFormat();
  const name = (c: Contributor['contributor']) =>
    c.type === 'organisation'
      ? (organisations.find((o) => o.id === c.id)?.name ?? t.organisation(c.id.slice(-6)))
      : c.type === 'residents'
        ? t.residentsTotal
        : t.person(c.id.slice(-6));
  return (
    <div class="table-scroll" tabIndex={0} role="region" aria-label={t.caption}>
      <table class="fund-table">
        <caption class="visually-hidden">{t.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.who}</th>
            <th scope="col">{t.category}</th>
            <th scope="col">{t.commune}</th>
            <th scope="col" class="num">
              {t.pledged}
            </th>
            <th scope="col" class="num">
              {t.paid}
            </th>
            <th scope="col" class="num">
              {t.outstanding}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={`${r.contributor.type}:${r.contributor.id}`}>
              <th scope="row">{name(r.contributor)}</th>
              <td>{r.category ? funds.categories[r.category] : ''}</td>
              <td>{r.commune ? f.commune(r.commune) : ''}</td>
              <td class="num">{f.euros(r.pledgedCents)}</td>
              <td class="num">{f.euros(r.paidCents)}</td>
              <td class="num">{f.euros(r.outstandingCents)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
