import { useQuery } from '@tanstack/preact-query';
import { useState } from 'preact/hooks';
import { Link } from 'wouter-preact';
import { hasRole, useSession } from '../../api/session.js';
import { useMessages } from '../../i18n/locale.js';
import { OnBehalfOf } from '../../ui/organisation-select.js';
import { Page } from '../../ui/page.js';
import { QueryState } from '../../ui/query-state.js';
import { RequireSession } from '../../ui/require-session.js';
import { fetchStatement, keys, statementPath } from './api.js';
import { DownloadButton } from './download-button.js';
import { useMyOrganisations } from './organisations.js';
import { StatementView } from './statement-view.js';
import './funds.css';

function Downloads({ fundId, org }: { fundId: string; org: string }) {
  const t = useMessages().funds.statement;
  return (
    <section aria-labelledby="statement-downloads" class="panel">
      <h2 id="statement-downloads">{t.downloadsTitle}</h2>
      <p class="hint">{t.certificateHint}</p>
      <div class="actions">
        <DownloadButton
          path={statementPath(fundId, org, '.csv')}
          fileName={`releve-${fundId}.csv`}
          label={t.downloadCsv}
        />
        <DownloadButton
          path={statementPath(fundId, org, '/certificate.html')}
          fileName={`attestation-${fundId}.html`}
          label={t.downloadCertificate}
        />
      </div>
    </section>
  );
}

function MyStatement({ fundId }: { fundId: string }) {
  const t = useMessages().funds.statement;
  const session = useSession();
  const [org, setOrg] = useState('');
  const organisations = useMyOrganisations(hasRole(session, 'coordinator'));
  const statement = useQuery({
    queryKey: keys.statement(fundId, org),
    queryFn: () => fetchStatement(fundId, org),
  });
  return (
    <>
      <OnBehalfOf
        label={t.whose}
        myself={t.mine}
        value={org}
        onValue={setOrg}
        organisations={organisations.data ?? []}
      />
      <Downloads fundId={fundId} org={org} />
      <QueryState query={statement}>{(s) => <StatementView statement={s} />}</QueryState>
    </>
  );
}

/** `/funds/{id}/statement`: my statement (or an organisation's I act for), CSV and certificate. */
export default function StatementPage({ params }: { params: Record<string, string | undefined> }) {
  const id = params.id ?? '';
  const t = useMessages().funds.statement;
  return (
    <RequireSession>
      <Page title={t.title}>
        <p>
          <Link href={`/funds/${id}`}>{t.back}</Link>
        </p>
        <MyStatement fundId={id} />
      </Page>
    </RequireSession>
  );
}
