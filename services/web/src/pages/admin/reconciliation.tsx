import { useQuery } from '@tanstack/preact-query';
import { Link } from 'wouter-preact';
import { api, apiAll } from '../../api/client.js';
import { formatDateTime } from '../../format/index.js';
import { useLocale } from '../../i18n/locale.js';
import { Button } from '../../ui/button.js';
import { QueryState } from '../../ui/query-state.js';
import {
  KEYS,
  type FundName,
  type FundReconciliation,
  type Items,
  type Reconciliation,
} from './api.js';

function DifferingFund({ fund, name }: { fund: FundReconciliation; name: string }) {
  const t = useLocale().m.admin.reconciliation;
  return (
    <li>
      <Link href={`/funds/${encodeURIComponent(fund.fundId)}`}>{name}</Link> (
      {t.entries(fund.entries)})
      <details>
        <summary>{t.details}</summary>
        <ul class="admin-differences">
          {fund.differences.map((line) => (
            <li key={line}>
              <code>{line}</code>
            </li>
          ))}
        </ul>
      </details>
    </li>
  );
}

function Report({ report }: { report: Reconciliation }) {
  const { locale, m } = useLocale();
  const t = m.admin.reconciliation;
  // Fund names make the list readable; without them the ids still say which fund.
  const names = useQuery({
    queryKey: KEYS.funds,
    queryFn: async (): Promise<Items<FundName>> => ({
      items: await apiAll<FundName>('/api/funds'),
    }),
  });
  const nameOf = (id: string) => names.data?.items.find((f) => f.id === id)?.name ?? id;
  const differing = report.funds.filter((fund) => !fund.equal);
  return (
    <>
      {report.ok ? (
        <p class="success">{t.ok(report.funds.length)}</p>
      ) : (
        <div role="alert">
          <p class="error">{t.differ(differing.length)}</p>
          <ul>
            {differing.map((fund) => (
              <DifferingFund key={fund.fundId} fund={fund} name={nameOf(fund.fundId)} />
            ))}
          </ul>
          <p>{t.advice}</p>
        </div>
      )}
      {/* A new check time is announced after « Vérifier à nouveau ». */}
      <p class="muted" role="status">
        {t.checkedAt(formatDateTime(report.checkedAt, locale))}
      </p>
    </>
  );
}

/** Whether every fund's displayed totals still equal those recomputed from its ledger. */
export function ReconciliationPanel() {
  const t = useLocale().m.admin.reconciliation;
  const report = useQuery({
    queryKey: KEYS.reconciliation,
    queryFn: () => api<Reconciliation>('/api/funds/reconciliation'),
    staleTime: 0,
  });
  return (
    <section class="panel" aria-labelledby="admin-reconciliation">
      <h2 id="admin-reconciliation">{t.heading}</h2>
      <p>{t.intro}</p>
      <QueryState query={report}>{(data) => <Report report={data} />}</QueryState>
      {report.isSuccess && (
        <Button
          variant="secondary"
          pending={report.isFetching}
          onClick={() => void report.refetch()}
        >
          {report.isFetching ? t.checking : t.recheck}
        </Button>
      )}
    </section>
  );
}
