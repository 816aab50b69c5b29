import { useQuery } from '@tanstack/preact-query';
import { useRef, useState } from 'preact/hooks';
import { Link } from 'wouter-preact';
import { hasRole, useSession } from '../../api/session.js';
import { formatDate, formatEuros } from '../../format/index.js';
import { useLocale, useMessages } from '../../i18n/locale.js';
import { Page } from '../../ui/page.js';
import { QueryState } from '../../ui/query-state.js';
import { VerifyEmailBanner } from '../../ui/verify-email-banner.js';
import { RequireSession } from '../../ui/require-session.js';
import { fetchFund, keys, type Fund } from './api.js';
import { ContributeForm } from './contribute-form.js';
import { useRecordMoney, type Recorded } from './contribute.js';
import { MyDeclarations } from './my-declarations.js';
import { useMyOrganisations } from './organisations.js';
import './funds.css';

function Thanks({ recorded, fundId }: { recorded: Recorded | undefined; fundId: string }) {
  const { locale, m } = useLocale();
  const t = m.funds.contribute;
  const said = (r: Recorded, amount: string, day: string) => {
    if (!r.created) return t.already;
    if (r.declared)
      return r.kind === 'pledge'
        ? m.declarations.pledgeDeclared(amount, day)
        : m.declarations.declared(amount, day);
    return r.kind === 'pledge' ? t.pledged(amount, day) : t.contributed(amount, day);
  };
  const amount = recorded && formatEuros(recorded.amountCents, locale);
  const day = recorded && formatDate(recorded.occurredAt, locale);
  // The live region stays in place, so that what appears in it is announced.
  return (
    <div role="status" class={recorded ? 'panel' : undefined}>
      {recorded && amount && day && (
        <>
          <p class="success">{said(recorded, amount, day)}</p>
          <p>
            <Link href={`/funds/${fundId}/statement`}>{t.seeStatement}</Link>{' '}
            <Link href={`/funds/${fundId}`}>{t.seeFund}</Link>
          </p>
        </>
      )}
    </div>
  );
}

function Contribute({ fund }: { fund: Fund }) {
  const t = useMessages().funds.contribute;
  const session = useSession();
  // Coordinators record any organisation's receipts (the treasurer's role); others their own.
  const organisations = useMyOrganisations(hasRole(session, 'coordinator'));
  const record = useRecordMoney(fund.id);
  const [round, setRound] = useState(0);
  const thanks = useRef<HTMLDivElement>(null);
  // The form is renewed after a success: the focus goes to the thanks, read at once.
  const recorded = () => {
    setRound((n) => n + 1);
    setTimeout(() => thanks.current?.focus(), 0);
  };
  return (
    <>
      <p>{t.intro(fund.name)}</p>
      <div ref={thanks} tabIndex={-1} class="thanks">
        <Thanks recorded={record.data} fundId={fund.id} />
      </div>
      <QueryState query={organisations}>
        {(list) => (
          <ContributeForm
            key={round}
            organisations={list}
            pending={record.isPending}
            error={record.error}
            onSubmit={(kind, body) => record.mutate({ kind, body }, { onSuccess: recorded })}
          />
        )}
      </QueryState>
      {!hasRole(session, 'coordinator') && <MyDeclarations fund={fund} />}
    </>
  );
}

/** `/funds/{id}/contribute`: a resident for themselves, or for an organisation they act for. */
export default function ContributePage({ params }: { params: Record<string, string | undefined> }) {
  const id = params.id ?? '';
  const t = useMessages().funds.contribute;
  const fund = useQuery({ queryKey: keys.fund(id), queryFn: () => fetchFund(id) });
  return (
    <RequireSession>
      <Page title={t.title}>
        <p>
          <Link href={`/funds/${id}`}>{t.back}</Link>
        </p>
        <VerifyEmailBanner />
        <QueryState query={fund}>{(f) => <Contribute fund={f} />}</QueryState>
      </Page>
    </RequireSession>
  );
}
