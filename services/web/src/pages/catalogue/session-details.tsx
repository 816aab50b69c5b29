import { useQuery } from '@tanstack/preact-query';
import { formatDate, formatDuration, formatEuros } from '../../format/index.js';
import { useLocale } from '../../i18n/locale.js';
import { ErrorMessage } from '../../ui/error-message.js';
import {
  catalogueKeys,
  fetchVenue,
  fetchWorkshop,
  type Availability,
  type CatalogueSession,
  type Workshop,
} from './api.js';
import { useNames } from './reference.js';
import { useTimeRange } from './session-card.js';

export const useWorkshop = (id: string) =>
  useQuery({ queryKey: catalogueKeys.workshop(id), queryFn: () => fetchWorkshop(id) });

function Price({ workshop }: { workshop: Workshop }) {
  const { locale, m } = useLocale();
  const policy = workshop.pricePolicy;
  if (policy.type === 'suggested')
    return <>{m.catalogue.session.suggested(formatEuros(policy.suggestedCents, locale))}</>;
  return <>{m.catalogue.session.free}</>;
}

function Seats({
  session,
  availability,
}: {
  session: CatalogueSession;
  availability?: Availability | undefined;
}) {
  const t = useLocale().m.catalogue.session;
  const left = availability?.seatsLeft ?? session.seatsLeft ?? session.capacity;
  return (
    <>
      {t.seatsLeft(left, session.capacity)}
      {availability && (availability.waitlisted > 0 || left <= 0) && (
        <>
          <br />
          {t.waitlist(availability.waitlisted)}
        </>
      )}
    </>
  );
}

interface DetailsProps {
  session: CatalogueSession;
  availability?: Availability | undefined;
}

/** When, where, who, how much, and how many seats: the facts a resident decides on. */
export function SessionFacts({ session, availability }: DetailsProps) {
  const { locale, m } = useLocale();
  const t = m.catalogue.session;
  const names = useNames();
  const range = useTimeRange();
  const workshop = useWorkshop(session.workshopId).data;
  const venue = useQuery({
    queryKey: catalogueKeys.venue(session.venueId),
    queryFn: () => fetchVenue(session.venueId),
  }).data;
  const hosts = workshop?.hosts.map((h) => h.displayName).filter(Boolean) ?? [];
  return (
    <dl class="session-facts">
      <dt>{t.when}</dt>
      <dd>
        {formatDate(session.startsAt, locale)}, {range(session)}
      </dd>
      <dt>{t.duration}</dt>
      <dd>{formatDuration(session.durationMinutes)}</dd>
      <dt>{t.where}</dt>
      <dd>
        {venue && (
          <>
            {venue.name}
            <br />
            {venue.address}
            <br />
          </>
        )}
        {names.commune(session.commune)}
      </dd>
      {hosts.length > 0 && (
        <>
          <dt>{t.hosts}</dt>
          <dd>{hosts.join(', ')}</dd>
        </>
      )}
      {workshop && (
        <>
          <dt>{t.price}</dt>
          <dd>
            <Price workshop={workshop} />
          </dd>
        </>
      )}
      <dt>{t.seats}</dt>
      <dd>
        <Seats session={session} availability={availability} />
      </dd>
      {venue?.accessibility && (
        <>
          <dt>{t.accessibility}</dt>
          <dd>{venue.accessibility}</dd>
        </>
      )}
    </dl>
  );
}

/** The workshop's own words. */
export function WorkshopAbout({ workshopId }: { workshopId: string }) {
  const t = useLocale().m.catalogue.session;
  const workshop = useWorkshop(workshopId);
  if (workshop.isError) return <ErrorMessage error={workshop.error} />;
  if (!workshop.data?.description) return null;
  return (
    <section aria-labelledby="workshop-about">
      <h2 id="workshop-about">{t.about}</h2>
      <p class="session-description">{workshop.data.description}</p>
    </section>
  );
}
