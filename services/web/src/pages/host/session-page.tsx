import { useQuery } from '@tanstack/preact-query';
import { useRef, useState } from 'preact/hooks';
import { Link } from 'wouter-preact';
import { hasRole, useSession } from '../../api/session.js';
import { useMessages } from '../../i18n/locale.js';
import { Page } from '../../ui/page.js';
import { QueryState } from '../../ui/query-state.js';
import { RequireSession } from '../../ui/require-session.js';
import { fetchSession, KEYS, type Session, type Versioned } from './api.js';
import { CancelForm } from './cancel-form.js';
import { useClockPassing } from './clock.js';
import { RescheduleForm } from './reschedule-form.js';
import { RosterSection } from './roster-section.js';
import { SessionDetails } from './session-details.js';
import './host.css';

function SessionSections({
  loaded,
  reload,
}: {
  loaded: Versioned<Session>;
  reload: () => Promise<unknown>;
}) {
  const t = useMessages().host;
  const me = useSession();
  const session = loaded.value;
  const canEdit =
    hasRole(me, 'coordinator') || (me !== null && session.hostIds.includes(me.accountId));
  // Moving or cancelling is for sessions not started yet: the forms go when the clock says so.
  const startsAt = Date.parse(session.startsAt);
  const now = useClockPassing([startsAt]);
  const changeable = canEdit && session.status === 'scheduled' && startsAt > now;
  // Here, not in the forms: cancelling removes the forms, the news must stay.
  const [notice, setNotice] = useState('');
  const noticeRef = useRef<HTMLDivElement>(null);
  const done = (text: string) => {
    setNotice(text);
    noticeRef.current?.focus();
  };
  return (
    <>
      <div role="status" tabIndex={-1} ref={noticeRef}>
        {notice && <p class="success">{notice}</p>}
      </div>
      <p>
        <Link href={`/host/workshops/${session.workshopId}`}>{t.session.backToWorkshop}</Link>
      </p>
      <SessionDetails session={session} />
      {session.status === 'cancelled' ? (
        <p class="muted">{t.roster.cancelledNote}</p>
      ) : (
        <RosterSection session={session} />
      )}
      {changeable && <RescheduleForm loaded={loaded} reload={reload} onDone={done} />}
      {changeable && <CancelForm session={session} onDone={done} />}
    </>
  );
}

function SessionScreen({ id }: { id: string }) {
  const t = useMessages().host.session;
  const query = useQuery({
    queryKey: KEYS.session(id),
    queryFn: () => fetchSession(id),
    refetchOnWindowFocus: false,
  });
  return (
    <Page title={query.data?.value.title ?? t.title}>
      <QueryState query={query}>
        {(loaded) => <SessionSections loaded={loaded} reload={() => query.refetch()} />}
      </QueryState>
    </Page>
  );
}

/** `/host/sessions/{id}`: the session for its hosts: roster and attendance, move or cancel it. */
export default function SessionPage({ params }: { params: Record<string, string | undefined> }) {
  return (
    <RequireSession roles={['host', 'coordinator']}>
      <SessionScreen id={params.id ?? ''} />
    </RequireSession>
  );
}
