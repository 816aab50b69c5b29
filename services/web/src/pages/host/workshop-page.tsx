import { useQuery } from '@tanstack/preact-query';
import { Link, useSearch } from 'wouter-preact';
import { hasRole, useSession } from '../../api/session.js';
import { useMessages } from '../../i18n/locale.js';
import { Page } from '../../ui/page.js';
import { QueryState } from '../../ui/query-state.js';
import { RequireSession } from '../../ui/require-session.js';
import { fetchWorkshop, KEYS, type Versioned, type Workshop } from './api.js';
import { Publication } from './publication.js';
import { ScheduleSection } from './schedule-section.js';
import { WorkshopEditor } from './workshop-editor.js';
import { WorkshopSessions } from './workshop-sessions.js';
import './host.css';

function Sections({
  loaded,
  reload,
}: {
  loaded: Versioned<Workshop>;
  reload: () => Promise<{ data?: Versioned<Workshop> | undefined }>;
}) {
  const t = useMessages().host;
  const session = useSession();
  const workshop = loaded.value;
  const canEdit =
    hasRole(session, 'coordinator') ||
    (session !== null && workshop.hostIds.includes(session.accountId));
  const created = new URLSearchParams(useSearch()).has('created');
  return (
    <>
      <div role="status">{created && <p class="success">{t.form.created}</p>}</div>
      {!canEdit && <p class="panel">{t.notYourWorkshop}</p>}
      <Publication workshop={workshop} canEdit={canEdit} />
      <WorkshopSessions workshop={workshop} />
      {canEdit && workshop.status !== 'archived' && <ScheduleSection workshop={workshop} />}
      {canEdit && <WorkshopEditor loaded={loaded} reload={reload} />}
    </>
  );
}

function WorkshopScreen({ id }: { id: string }) {
  const t = useMessages().host;
  // Read once for editing: the ETag must stay the one the form's content came from, so no
  // silent refetch may swap it (only our own saves and an explicit reload update it).
  const query = useQuery({
    queryKey: KEYS.workshop(id),
    queryFn: () => fetchWorkshop(id),
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });
  return (
    <Page title={query.data?.value.title ?? t.form.editHeading}>
      <p>
        <Link href="/host">{t.back}</Link>
      </p>
      <QueryState query={query}>
        {(loaded) => <Sections loaded={loaded} reload={() => query.refetch()} />}
      </QueryState>
    </Page>
  );
}

/** `/host/workshops/{id}`: publish, see and schedule sessions, edit the workshop. */
export default function WorkshopPage({ params }: { params: Record<string, string | undefined> }) {
  return (
    <RequireSession roles={['host', 'coordinator']}>
      <WorkshopScreen id={params.id ?? ''} />
    </RequireSession>
  );
}
