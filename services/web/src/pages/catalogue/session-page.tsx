import { useQuery } from '@tanstack/preact-query';
import { Link } from 'wouter-preact';
import { useLocale } from '../../i18n/locale.js';
import { Page } from '../../ui/page.js';
import { QueryState } from '../../ui/query-state.js';
import { SessionBooking } from '../bookings/session-booking.js';
import { catalogueKeys, fetchAvailability, fetchSession, type CatalogueSession } from './api.js';
import { useNames } from './reference.js';
import { SessionFacts, WorkshopAbout } from './session-details.js';
import './catalogue.css';

function SessionView({ session }: { session: CatalogueSession }) {
  const t = useLocale().m.catalogue.session;
  const names = useNames();
  // Fresher than the catalogue's copy, and it knows the waiting list; optional (may lag).
  const availability = useQuery({
    queryKey: catalogueKeys.availability(session.id),
    queryFn: () => fetchAvailability(session.id),
    retry: false,
    staleTime: 0,
  }).data;
  const seatsLeft = availability?.seatsLeft ?? session.seatsLeft ?? session.capacity;
  return (
    <>
      <p>
        <span class="pill">{names.kind(session.kind)}</span>
      </p>
      {session.status === 'cancelled' && session.cancellationReason && (
        <p class="panel">
          <strong>{t.cancelled}</strong> {t.cancelledReason(session.cancellationReason)}
        </p>
      )}
      <SessionFacts session={session} availability={availability} />
      <SessionBooking session={session} seatsLeft={seatsLeft} />
      <WorkshopAbout workshopId={session.workshopId} />
    </>
  );
}

/** One session: what, when, where, seats, and booking it (emails link here). */
export default function SessionPage({ params }: { params: Record<string, string | undefined> }) {
  const t = useLocale().m.catalogue.session;
  const id = params.id ?? '';
  const session = useQuery({
    queryKey: catalogueKeys.session(id),
    queryFn: () => fetchSession(id),
  });
  return (
    <Page key={id} title={session.data?.title ?? t.title}>
      <QueryState query={session}>{(data) => <SessionView session={data} />}</QueryState>
      <p>
        <Link href="/">
          <span aria-hidden="true">← </span>
          {t.back}
        </Link>
      </p>
    </Page>
  );
}
