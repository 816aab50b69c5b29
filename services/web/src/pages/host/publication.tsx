import { useMutation, useQueryClient } from '@tanstack/preact-query';
import { useState } from 'preact/hooks';
import { useMessages } from '../../i18n/locale.js';
import { Button } from '../../ui/button.js';
import { ErrorMessage } from '../../ui/error-message.js';
import { KEYS, setWorkshopStatus, type Workshop } from './api.js';

type Target = 'published' | 'archived';

function ArchiveConfirm({
  onYes,
  onNo,
  pending,
}: {
  onYes: () => void;
  onNo: () => void;
  pending: boolean;
}) {
  const t = useMessages().host.publication;
  return (
    <div class="panel" role="group" aria-label={t.archive}>
      <p>{t.archiveConfirm}</p>
      <div class="actions">
        <Button variant="danger" pending={pending} onClick={onYes}>
          {t.archiveYes}
        </Button>
        <Button variant="secondary" onClick={onNo}>
          {t.archiveNo}
        </Button>
      </div>
    </div>
  );
}

/** The workshop's state in words, and the way to publish it or archive it. */
export function Publication({ workshop, canEdit }: { workshop: Workshop; canEdit: boolean }) {
  const m = useMessages().host;
  const t = m.publication;
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const change = useMutation({
    mutationFn: (status: Target) => setWorkshopStatus(workshop.id, status),
    onSuccess: async (next) => {
      setConfirming(false);
      // The status route bumps the version: the edit form's If-Match follows it.
      queryClient.setQueryData(KEYS.workshop(workshop.id), next);
      await queryClient.invalidateQueries({ queryKey: KEYS.workshops });
    },
  });
  const done = change.data?.value.status;
  return (
    <section aria-labelledby="host-publication">
      <h2 id="host-publication">{t.heading}</h2>
      <p>
        <span class="pill">
          {m.statusLabel} {m.status[workshop.status]}
        </span>{' '}
        {t[workshop.status]}
      </p>
      {canEdit && workshop.status !== 'archived' && !confirming && (
        <div class="actions">
          {workshop.status === 'draft' && (
            <Button pending={change.isPending} onClick={() => change.mutate('published')}>
              {t.publish}
            </Button>
          )}
          <Button variant="secondary" onClick={() => setConfirming(true)}>
            {t.archive}
          </Button>
        </div>
      )}
      {confirming && (
        <ArchiveConfirm
          pending={change.isPending}
          onYes={() => change.mutate('archived')}
          onNo={() => setConfirming(false)}
        />
      )}
      <ErrorMessage error={change.error} />
      <div role="status">
        {done && <p class="success">{done === 'published' ? t.donePublished : t.doneArchived}</p>}
      </div>
    </section>
  );
}
