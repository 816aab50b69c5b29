import type { ComponentChildren } from 'preact';
import { useQuery } from '@tanstack/preact-query';
import { Link } from 'wouter-preact';
import { hasRole, useSession } from '../../api/session.js';
import { useMessages } from '../../i18n/locale.js';
import { ArchiveButton } from '../../ui/archive-button.js';
import { Page } from '../../ui/page.js';
import { QueryState } from '../../ui/query-state.js';
import { RequireSession } from '../../ui/require-session.js';
import {
  fetchContributors,
  fetchExpenses,
  fetchFund,
  fetchOrganisations,
  fundPath,
  keys,
  type Fund,
} from './api.js';
import { BankStatementForm } from './bank-statement-form.js';
import { ContributorsTable } from './contributors-table.js';
import { fetchDeclarations } from './declarations.js';
import { DownloadButton } from './download-button.js';
import { ExpenseForm } from './expense-form.js';
import { ExpenseTable } from './expense-table.js';
import { PendingDeclarations } from './pending-declarations.js';
import { PendingExpenses } from './pending-expenses.js';
import './funds.css';

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

/** Hosts see the expenses they declared; coordinators every one, and decide the waiting ones. */
function Expenses({ fund, coordinator }: { fund: Fund; coordinator: boolean }) {
  const t = useMessages().funds.manage;
  const expenses = useQuery({
    queryKey: keys.expenses(fund.id),
    queryFn: () => fetchExpenses(fund.id),
  });
  return (
    <>
      {coordinator && (
        <Section id="fund-pending" title={t.pendingTitle}>
          <QueryState query={expenses}>
            {(list) => <PendingExpenses expenses={list} fund={fund} />}
          </QueryState>
        </Section>
      )}
      <Section id="fund-new-expense" title={t.newExpenseTitle}>
        <ExpenseForm fund={fund} />
      </Section>
      <Section id="fund-expenses" title={coordinator ? t.allExpensesTitle : t.myExpensesTitle}>
        <QueryState query={expenses} isEmpty={(list) => list.length === 0} empty={t.noExpenses}>
          {(list) => <ExpenseTable expenses={list} fund={fund} />}
        </QueryState>
      </Section>
    </>
  );
}

/** Coordinators: declared payments to confirm, one by one or from the bank statement. */
function Declarations({ fund }: { fund: Fund }) {
  const t = useMessages().declarations;
  const declarations = useQuery({
    queryKey: keys.declarations(fund.id),
    queryFn: async () => {
      const [list, organisations] = await Promise.all([
        fetchDeclarations(fund.id),
        fetchOrganisations(),
      ]);
      return { list, organisations };
    },
  });
  return (
    <>
      <Section id="fund-declarations" title={t.pendingTitle}>
        <QueryState query={declarations}>
          {(d) => (
            <PendingDeclarations
              declarations={d.list}
              organisations={d.organisations}
              fund={fund}
            />
          )}
        </QueryState>
      </Section>
      <Section id="fund-bank-statement" title={t.statementTitle}>
        <BankStatementForm fund={fund} />
      </Section>
    </>
  );
}

/** Funders and coordinators: who pledged and paid what, and the whole ledger as CSV. */
function Accounts({ fund, coordinator }: { fund: Fund; coordinator: boolean }) {
  const t = useMessages().funds.manage;
  const journal = useMessages().admin.journal;
  const contributors = useQuery({
    queryKey: keys.contributors(fund.id),
    queryFn: async () => {
      const [rows, organisations] = await Promise.all([
        fetchContributors(fund.id),
        fetchOrganisations(),
      ]);
      return { rows, organisations };
    },
  });
  return (
    <>
      <Section id="fund-contributors" title={t.contributorsTitle}>
        <QueryState
          query={contributors}
          isEmpty={(d) => d.rows.length === 0}
          empty={t.noContributors}
        >
          {(d) => <ContributorsTable rows={d.rows} organisations={d.organisations} />}
        </QueryState>
      </Section>
      {coordinator && (
        <Section id="fund-journal" title={journal.title}>
          <p>{journal.intro}</p>
          <DownloadButton
            path={`${fundPath(fund.id)}/journal.csv`}
            fileName={`journal-${fund.id}.csv`}
            label={journal.download}
          />
        </Section>
      )}
      <Section id="fund-ledger" title={t.ledgerTitle}>
        <p>{t.ledgerIntro}</p>
        <DownloadButton
          path={`${fundPath(fund.id)}/ledger.csv`}
          fileName={`grand-livre-${fund.id}.csv`}
          label={t.ledgerDownload}
        />
      </Section>
    </>
  );
}

/** Coordinators retire a fund created by mistake or whose period is over. */
function ArchiveFund({ fund }: { fund: Fund }) {
  const t = useMessages().admin.archiving;
  return (
    <Section id="fund-archive" title={t.fundTitle}>
      <p>{t.fundIntro}</p>
      <ArchiveButton path={`${fundPath(fund.id)}/archive`} name={fund.name} queryKey={keys.all} />
    </Section>
  );
}

function Manage({ fund }: { fund: Fund }) {
  const session = useSession();
  return (
    <>
      {hasRole(session, 'host', 'coordinator') && (
        <Expenses fund={fund} coordinator={hasRole(session, 'coordinator')} />
      )}
      {hasRole(session, 'coordinator') && <Declarations fund={fund} />}
      {hasRole(session, 'funder', 'coordinator') && (
        <Accounts fund={fund} coordinator={hasRole(session, 'coordinator')} />
      )}
      {hasRole(session, 'coordinator') && !fund.archivedAt && <ArchiveFund fund={fund} />}
    </>
  );
}

/** `/funds/{id}/manage`: the fund's back office (expenses, contributors, ledger), by role. */
export default function ManagePage({ params }: { params: Record<string, string | undefined> }) {
  const id = params.id ?? '';
  const t = useMessages().funds.manage;
  const session = useSession();
  const fund = useQuery({ queryKey: keys.fund(id), queryFn: () => fetchFund(id) });
  // A host only declares expenses: the page is named for that.
  const staff = hasRole(session, 'funder', 'coordinator');
  const name = fund.data?.name;
  const title = staff ? (name ? t.titleOf(name) : t.title) : name ? t.expensesOf(name) : t.expenses;
  return (
    <RequireSession roles={['host', 'funder', 'coordinator']}>
      <Page title={title}>
        <p>
          <Link href={`/funds/${id}`}>{t.back}</Link>
        </p>
        <QueryState query={fund}>{(f) => <Manage fund={f} />}</QueryState>
      </Page>
    </RequireSession>
  );
}
