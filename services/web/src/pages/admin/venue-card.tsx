import { useMutation, useQueryClient } from '@tanstack/preact-query';
import { useRef, useState } from 'preact/hooks';
import { useMessages } from '../../i18n/locale.js';
import { ArchiveButton } from '../../ui/archive-button.js';
import { Button } from '../../ui/button.js';
import { ErrorMessage } from '../../ui/error-message.js';
import { KEYS, patchVenue, venueEtag, type Venue } from './api.js';
import { VenueEditor } from './venue-editor.js';

interface VenueCardProps {
  venue: Venue;
  communeLabel: string;
  /** Tells the page what happened (the card may move to the other list). */
  onNotice: (message: string, moveFocus?: boolean) => void;
}

function VenueDetails({ venue, communeLabel }: Omit<VenueCardProps, 'onNotice'>) {
  const t = useMessages().admin.venues;
  const proposed = venue.status === 'proposed';
  const status = {
    proposed: t.statusProposed,
    active: t.statusActive,
    archived: t.statusArchived,
  }[venue.status];
  return (
    <>
      <h3>{venue.name}</h3>
      <p>
        <span class={proposed ? 'pill admin-pill--proposed' : 'pill'}>{status}</span>
      </p>
      <p>
        {venue.address}, {communeLabel}
        <br />
        {t.capacity(venue.maxCapacity)}
      </p>
      <dl class="admin-details">
        <dt>{t.accessibility}</dt>
        <dd>{venue.accessibility || t.none}</dd>
        <dt>{t.equipment}</dt>
        <dd>{venue.equipment.length > 0 ? venue.equipment.join(', ') : t.none}</dd>
      </dl>
      {proposed && <p class="muted">{t.proposedBy}</p>}
    </>
  );
}

/** One venue: what it offers, and editing or activating it. */
export function VenueCard({ venue, communeLabel, onNotice }: VenueCardProps) {
  const t = useMessages().admin.venues;
  const queryClient = useQueryClient();
  const card = useRef<HTMLLIElement>(null);
  const [editing, setEditing] = useState(false);
  const activate = useMutation({
    mutationFn: () => patchVenue(venue.id, venueEtag(venue), { status: 'active' }),
    onSuccess: () => onNotice(t.activated(venue.name), true),
    // Refreshed either way: a refusal for a stale version shows the venue as it is now.
    onSettled: () => queryClient.invalidateQueries({ queryKey: KEYS.venues }),
  });
  const closeEditor = () => {
    setEditing(false);
    requestAnimationFrame(() => card.current?.querySelector<HTMLElement>('button')?.focus());
  };
  return (
    <li class="card" ref={card} data-testid={`venue-${venue.id}`}>
      {editing ? (
        <VenueEditor
          venue={venue}
          onCancel={closeEditor}
          onSaved={(saved) => {
            closeEditor();
            onNotice(t.saved(saved.name));
          }}
        />
      ) : (
        <>
          <VenueDetails venue={venue} communeLabel={communeLabel} />
          <div class="actions">
            <Button
              variant="secondary"
              aria-label={t.editLabel(venue.name)}
              onClick={() => setEditing(true)}
            >
              {t.edit}
            </Button>
            {venue.status === 'proposed' && (
              <Button
                aria-label={t.activateLabel(venue.name)}
                pending={activate.isPending}
                onClick={() => activate.mutate()}
              >
                {activate.isPending ? t.activating : t.activate}
              </Button>
            )}
            {venue.status !== 'archived' && (
              <ArchiveButton
                path={`/api/venues/${encodeURIComponent(venue.id)}/archive`}
                name={venue.name}
                queryKey={KEYS.venues}
                onDone={(said) => onNotice(said, true)}
              />
            )}
          </div>
          <ErrorMessage error={activate.error} />
        </>
      )}
    </li>
  );
}
