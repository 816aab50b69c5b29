import { useMutation, useQuery, useQueryClient } from '@tanstack/preact-query';
import { useMessages } from '../../i18n/locale.js';
import { Button } from '../../ui/button.js';
import { ErrorMessage } from '../../ui/error-message.js';
import { QueryState } from '../../ui/query-state.js';
import { fetchVenueForEdit, KEYS, patchVenue, type Venue, type VenueInput } from './api.js';
import { changedFields, draftOf } from './venue-draft.js';
import { VenueForm } from './venue-form.js';

interface EditorProps {
  venue: Venue;
  onSaved: (venue: Venue) => void;
  onCancel: () => void;
}

function EditForm({
  loaded,
  onSaved,
  onCancel,
}: Omit<EditorProps, 'venue'> & { loaded: { venue: Venue; etag: string } }) {
  const { common } = useMessages();
  const queryClient = useQueryClient();
  const save = useMutation({
    // If-Match: the version loaded into this form; a change made since by someone else is refused.
    mutationFn: async (input: VenueInput) => {
      const changes = changedFields(loaded.venue, input);
      if (Object.keys(changes).length === 0) return loaded.venue;
      return patchVenue(loaded.venue.id, loaded.etag, changes);
    },
    onSuccess: async (venue) => {
      await queryClient.invalidateQueries({ queryKey: KEYS.venues });
      onSaved(venue);
    },
  });
  return (
    <VenueForm
      initial={draftOf(loaded.venue)}
      error={save.error}
      onSubmit={(input) => save.mutate(input)}
    >
      <ErrorMessage error={save.error} />
      <div class="actions">
        <Button type="submit" pending={save.isPending}>
          {save.isPending ? common.saving : common.save}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {common.cancel}
        </Button>
      </div>
    </VenueForm>
  );
}

/** Edits one venue, loaded fresh with its ETag so that the save cannot undo someone's change. */
export function VenueEditor({ venue, onSaved, onCancel }: EditorProps) {
  const t = useMessages().admin.venues;
  const loaded = useQuery({
    queryKey: ['admin', 'venue', venue.id],
    queryFn: () => fetchVenueForEdit(venue.id),
    staleTime: 0,
    gcTime: 0,
  });
  return (
    <div>
      <h3>{t.editHeading(venue.name)}</h3>
      <QueryState query={loaded}>
        {(data) => <EditForm loaded={data} onSaved={onSaved} onCancel={onCancel} />}
      </QueryState>
    </div>
  );
}
