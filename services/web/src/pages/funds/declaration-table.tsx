import { formatDate } from '../../format/index.js';
import { useMessages } from '../../i18n/locale.js';
import type { Declaration } from './declarations.js';
import { useFundFormat } from './format.js';

/** Declared payments with where each stands (newest first). */
export function DeclarationTable({ declarations }: { declarations: Declaration[] }) {
  const t = useMessages().declarations;
  const f = useFundFormat();
  return (
    <div class="table-scroll" tabIndex={0} role="region" aria-label={t.caption}>
      <table class="fund-table">
        <caption class="visually-hidden">{t.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.day}</th>
            <th scope="col">{t.kind}</th>
            <th scope="col">{t.reference}</th>
            <th scope="col" class="num">
              {t.amount}
            </th>
            <th scope="col">{t.status}</th>
          </tr>
        </thead>
        <tbody>
          {declarations.map((d) => (
            <tr key={d.id}>
              <th scope="row">{formatDate(d.occurredAt, f.locale)}</th>
              <td>{d.sessionId ? t.atTheDoor : t.kinds[d.kind]}</td>
              <td>{d.reference ?? '—'}</td>
              <td class="num">{f.euros(d.amountCents)}</td>
              <td>
                {t.statuses[d.status]}
                {d.reason && <span class="muted"> {t.reason(d.reason)}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
