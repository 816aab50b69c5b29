import type { ComponentChildren } from 'preact';
import { useQuery } from '@tanstack/preact-query';
import { Link } from 'wouter-preact';
import { hasRole, useSession } from '../../api/session.js';
import { formatDate } from '../../format/index.js';
import { useLocale, useMessages } from '../../i18n/locale.js';
import { Page } from '../../ui/page.js';
import { QueryState } from '../../ui/query-state.js';
import { fetchSummary, keys, type Summary } from './api.js';
import { ChartDefs } from './bars.js';
import { BudgetChart } from './budget-chart.js';
import { CategoryChart } from './category-chart.js';
import { MonthlyCharts } from './monthly-chart.js';
import { CostSection } from './cost-chart.js';
import { DeliveredCharts } from './delivered-charts.js';
import { EqualShareChart } from './equal-share-chart.js';
import { DownloadButton } from './download-button.js';
import { DeliveredFigures, MoneyFigures } from './figures.js';
import { lastDay } from './format.js';
import './funds.css';

/** Month by month needs the ledger (funders and coordinators): loaded only for them. */

function Section({
  id,
  title,
  children,
}: {
  id: string;
  title: string;
  children: ComponentChildren;
}) {
  return (
    <section aria-labelledby={id} class="fund-section">
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

function FundActions({ fundId }: { fundId: string }) {
  const t = useMessages().funds.dashboard;
  const v = useMessages().volunteering;
  const session = useSession();
  const year = new Date().getFullYear();
  return (
    <p class="actions">
      <Link href={`/funds/${fundId}/contribute`} class="button button--primary">
        {t.contribute}
      </Link>
      {session && (
        <Link href={`/funds/${fundId}/statement`} class="button button--secondary">
          {t.statement}
        </Link>
      )}
      {hasRole(session, 'host', 'funder', 'coordinator') && (
        <Link href={`/funds/${fundId}/manage`} class="button button--secondary">
          {hasRole(session, 'coordinator', 'funder') ? t.manage : t.expenses}
        </Link>
      )}
      {hasRole(session, 'host', 'coordinator') && (
        <DownloadButton
          path={`/api/funds/volunteering/me.csv?year=${year}`}
          fileName={`benevolat-${year}.csv`}
          label={v.record(year)}
        />
      )}
    </p>
  );
}

function Dashboard({ summary }: { summary: Summary }) {
  const { locale, m } = useLocale();
  const t = m.funds.dashboard;
  return (
    <>
      <ChartDefs />
      <p>
        {t.period(
          formatDate(summary.periodStart, locale),
          formatDate(lastDay(summary.periodEnd), locale),
        )}
      </p>
      <FundActions fundId={summary.fundId} />
      <DeliveredFigures summary={summary} />
      <MoneyFigures summary={summary} />
      <Section id="fund-categories" title={t.categoriesTitle}>
        <CategoryChart summary={summary} />
        <MonthlyCharts summary={summary} />
      </Section>
      <Section id="fund-shares" title={t.sharesTitle}>
        <EqualShareChart summary={summary} />
      </Section>
      <Section id="fund-reach" title={t.reachTitle}>
        <DeliveredCharts summary={summary} />
      </Section>
      <Section id="fund-cost" title={t.costTitle}>
        <CostSection summary={summary} />
      </Section>
      <Section id="fund-budget" title={t.budgetTitle}>
        <BudgetChart summary={summary} />
      </Section>
    </>
  );
}

/** A fund's public dashboard: open to everyone, signed in or not. */
export default function FundPage({ params }: { params: Record<string, string | undefined> }) {
  const id = params.id ?? '';
  const t = useMessages().funds.dashboard;
  const summary = useQuery({ queryKey: keys.summary(id), queryFn: () => fetchSummary(id) });
  return (
    <Page title={summary.data?.name ?? t.title}>
      <p>
        <Link href="/funds">{t.allFunds}</Link>
      </p>
      <QueryState query={summary}>{(s) => <Dashboard summary={s} />}</QueryState>
    </Page>
  );
}
