import { useQuery } from '@tanstack/preact-query';
import { Link } from 'wouter-preact';
import { hasRole, useSession } from '../../api/session.js';
import { useMessages } from '../../i18n/locale.js';
import { Page } from '../../ui/page.js';
import { QueryState } from '../../ui/query-state.js';
import { RequireSession } from '../../ui/require-session.js';
import { fetchWorkshops, KEYS, type Workshop } from './api.js';
import { WorkshopCard } from './workshop-card.js';
import './host.css';

const byTitle = (a: Workshop, b: Workshop) => a.title.localeCompare(b.title, 'fr');

function WorkshopLists({ workshops }: { workshops: Workshop[] }) {
  const t = useMessages().host.list;
  const active = workshops.filter((w) => w.status !== 'archived').sort(byTitle);
  const archived = workshops.filter((w) => w.status === 'archived').sort(byTitle);
  return (
    <>
      {active.length > 0 && (
        <ul class="cards">
          {active.map((workshop) => (
            <li key={workshop.id} class="card">
              <WorkshopCard workshop={workshop} />
            </li>
          ))}
        </ul>
      )}
      {archived.length > 0 && (
        <details class="host-archived">
          <summary>{t.archived(archived.length)}</summary>
          <ul class="cards">
            {archived.map((workshop) => (
              <li key={workshop.id} class="card">
                <WorkshopCard workshop={workshop} />
              </li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}

function MyWorkshops() {
  const t = useMessages().host.list;
  const session = useSession();
  const coordinator = hasRole(session, 'coordinator');
  const query = useQuery({ queryKey: KEYS.workshops, queryFn: fetchWorkshops });
  // The API lists every published workshop too: a host sees here only the ones they run.
  const mine = (all: Workshop[]) =>
    coordinator
      ? all
      : all.filter((w) => session !== null && w.hostIds.includes(session.accountId));
  return (
    <Page title={t.title}>
      <p>{coordinator ? t.introCoordinator : t.intro}</p>
      <p>
        <Link href="/host/workshops/new" class="button button--primary">
          {t.newWorkshop}
        </Link>
      </p>
      <QueryState query={query} isEmpty={(all) => mine(all).length === 0} empty={t.empty}>
        {(all) => <WorkshopLists workshops={mine(all)} />}
      </QueryState>
    </Page>
  );
}

/** `/host`: the workshops I run (all of them for coordinators), with their next sessions. */
export default function HostPage() {
  return (
    <RequireSession roles={['host', 'coordinator']}>
      <MyWorkshops />
    </RequireSession>
  );
}
