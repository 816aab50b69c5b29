import { useQuery } from '@tanstack/preact-query';
import { useRef, useState } from 'preact/hooks';
import { useCommuneName } from '../../api/communes.js';
import { useMessages } from '../../i18n/locale.js';
import { QueryState } from '../../ui/query-state.js';
import { AdminPage, CoordinatorsOnly } from './admin-page.js';
import { fetchVenues, KEYS, type Venue } from './api.js';
import { VenueCard } from './venue-card.js';
import { VenueCreate } from './venue-create.js';

interface ListProps {
  heading: string;
  empty: string;
  venues: Venue[];
  onNotice: (message: string, moveFocus?: boolean) => void;
}

function VenueList({ heading, empty, venues, onNotice }: ListProps) {
  const label = useCommuneName();
  return (
    <>
      <h2>{heading}</h2>
      {venues.length === 0 ? (
        <p class="muted">{empty}</p>
      ) : (
        <ul class="cards">
          {venues.map((venue) => (
            <VenueCard
              key={venue.id}
              venue={venue}
              communeLabel={label(venue.commune)}
              onNotice={onNotice}
            />
          ))}
        </ul>
      )}
    </>
  );
}

function Venues() {
  const t = useMessages().admin.venues;
  const venues = useQuery({ queryKey: KEYS.venues, queryFn: fetchVenues });
  const [notice, setNotice] = useState('');
  const noticeRef = useRef<HTMLParagraphElement>(null);
  // An activated venue moves to the other list: focus goes to the message, not to nowhere.
  const onNotice = (message: string, moveFocus = false) => {
    setNotice(message);
    if (moveFocus) requestAnimationFrame(() => noticeRef.current?.focus());
  };
  const byName = (a: Venue, b: Venue) => a.name.localeCompare(b.name);
  return (
    <AdminPage title={t.title}>
      <p>{t.intro}</p>
      <p class="success" role="status" tabIndex={-1} ref={noticeRef}>
        {notice}
      </p>
      <QueryState query={venues}>
        {(data) => (
          <>
            <VenueList
              heading={t.proposedHeading}
              empty={t.proposedEmpty}
              venues={data.items.filter((v) => v.status === 'proposed').sort(byName)}
              onNotice={onNotice}
            />
            <VenueList
              heading={t.activeHeading}
              empty={t.activeEmpty}
              venues={data.items.filter((v) => v.status === 'active').sort(byName)}
              onNotice={onNotice}
            />
          </>
        )}
      </QueryState>
      <h2>{t.addHeading}</h2>
      <VenueCreate />
    </AdminPage>
  );
}

/** Every venue (proposed ones first, to activate), editing them, and adding one. */
export default function VenuesPage() {
  return (
    <CoordinatorsOnly>
      <Venues />
    </CoordinatorsOnly>
  );
}
