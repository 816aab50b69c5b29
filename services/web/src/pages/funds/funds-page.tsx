import { useQuery } from '@tanstack/preact-query';
import { Link } from 'wouter-preact';
import { formatDate, formatEuros } from '../../format/index.js';
import { useLocale } from '../../i18n/locale.js';
import { Page } from '../../ui/page.js';
import { QueryState } from '../../ui/query-state.js';
import { fetchFunds, keys, type Fund } from './api.js';
import { lastDay } from './format.js';
import './funds.css';

function FundCard({ fund }: { fund: Fund }) {
  const { locale, m } = useLocale();
  const t = m.funds.list;
  return (
    <li class="card">
      <h2>
        <Link href={`/funds/${fund.id}`}>{fund.name}</Link>
      </h2>
      <p>
        {t.period(
          formatDate(fund.periodStart, locale),
          formatDate(lastDay(fund.periodEnd), locale),
        )}
      </p>
      <p>{t.target(formatEuros(fund.targetCents, locale))}</p>
    </li>
  );
}

/** Every fund, newest period first; open to everyone. */
export default function FundsPage() {
  const t = useLocale().m.funds.list;
  const funds = useQuery({ queryKey: keys.all, queryFn: fetchFunds });
  return (
    <Page title={t.title}>
      <p>{t.intro}</p>
      <QueryState query={funds} isEmpty={(items) => items.length === 0} empty={t.empty}>
        {(items) => (
          <ul class="cards">
            {[...items]
              .sort((a, b) => b.periodStart.localeCompare(a.periodStart))
              .map((fund) => (
                <FundCard key={fund.id} fund={fund} />
              ))}
          </ul>
        )}
      </QueryState>
    </Page>
  );
}
