import { formatDate } from '../../format/index.js';
import { useMessages } from '../../i18n/locale.js';
import type { Expense, Fund } from './api.js';
import { useFundFormat } from './format.js';

/** Expenses declared (all of them for coordinators, a host's own), with their decision. */
export function ExpenseTable({ expenses, fund }: { expenses: Expense[]; fund: Fund }) {
  const t = useMessages().funds.expenseTable;
  const f = useFundFormat();
  const line = (id: string) => fund.lineItems.find((l) => l.id === id)?.label ?? id;
  return (
    <div class="table-scroll" tabIndex={0} role="region" aria-label={t.caption}>
      <table class="fund-table">
        <caption class="visually-hidden">{t.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.description}</th>
            <th scope="col">{t.submitted}</th>
            <th scope="col">{t.line}</th>
            <th scope="col">{t.receipt}</th>
            <th scope="col" class="num">
              {t.amount}
            </th>
            <th scope="col">{t.status}</th>
          </tr>
        </thead>
        <tbody>
          {[...expenses].reverse().map((e) => (
            <tr key={e.id}>
              <th scope="row">{e.description}</th>
              <td>{formatDate(e.submittedAt, f.locale)}</td>
              <td>{line(e.lineItemId)}</td>
              <td>{e.receiptRef}</td>
              <td class="num">{f.euros(e.amountCents)}</td>
              <td>
                {t.statuses[e.status]}
                {e.reason && <span class="muted"> {t.reason(e.reason)}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
