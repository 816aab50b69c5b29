import { useMutation, useQueryClient } from '@tanstack/preact-query';
import { useState } from 'preact/hooks';
import { api } from '../../api/client.js';
import { useMessages } from '../../i18n/locale.js';
import { Button } from '../../ui/button.js';
import { ErrorMessage } from '../../ui/error-message.js';
import { KEYS, type Venue, type VenueInput } from './api.js';
import { useIdempotencyKeyFor } from '../../api/idempotency.js';
import { EMPTY_VENUE } from './venue-draft.js';
import { VenueForm } from './venue-form.js';

/** Adds a venue; a coordinator's venue is active at once. */
export function VenueCreate() {
  const t = useMessages().admin.venues;
  const queryClient = useQueryClient();
  const keyFor = useIdempotencyKeyFor();
  // A new form (emptied) after each venue added.
  const [round, setRound] = useState(0);
  const create = useMutation({
    mutationFn: (body: VenueInput) =>
      api<Venue>('/api/venues', { method: 'POST', body, idempotencyKey: keyFor(body) }),
    onSuccess: async () => {
      setRound((n) => n + 1);
      await queryClient.invalidateQueries({ queryKey: KEYS.venues });
    },
  });
  return (
    <>
      <p class="hint">{t.addHint}</p>
      <VenueForm
        key={round}
        initial={EMPTY_VENUE}
        error={create.error}
        onSubmit={(input) => create.mutate(input)}
      >
        <ErrorMessage error={create.error} />
        <Button type="submit" pending={create.isPending}>
          {create.isPending ? t.adding : t.add}
        </Button>
      </VenueForm>
      <p class="success" role="status">
        {create.isSuccess ? t.added(create.data.name) : ''}
      </p>
    </>
  );
}
