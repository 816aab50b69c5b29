import { useMutation, useQueryClient } from '@tanstack/preact-query';
import { useState } from 'preact/hooks';
import { ApiError } from '../../api/problem.js';
import { useLocale } from '../../i18n/locale.js';
import { Button } from '../../ui/button.js';
import { ErrorMessage } from '../../ui/error-message.js';
import { KEYS, patchWorkshop, type Versioned, type Workshop, type WorkshopInput } from './api.js';
import { draftOf } from './workshop-draft.js';
import { WorkshopForm } from './workshop-form.js';

/** Someone else saved since this form was loaded (or the form had no version to send). */
const isConflict = (error: unknown) =>
  error instanceof ApiError && (error.status === 412 || error.status === 428);

interface EditorProps {
  loaded: Versioned<Workshop>;
  reload: () => Promise<{ data?: Versioned<Workshop> | undefined }>;
}

/** Edits the workshop with If-Match: a change made meanwhile by someone else is never undone. */
export function WorkshopEditor({ loaded, reload }: EditorProps) {
  const { locale, m } = useLocale();
  const t = m.host.form;
  const queryClient = useQueryClient();
  // A new generation remounts the form with what the server has now (`source`: the props
  // only catch up a moment after the reload resolves).
  const [generation, setGeneration] = useState(0);
  const [source, setSource] = useState(loaded.value);
  const workshop = loaded.value;
  const save = useMutation({
    mutationFn: (input: WorkshopInput) => patchWorkshop(workshop.id, loaded.etag, input),
    onSuccess: async (next) => {
      queryClient.setQueryData(KEYS.workshop(workshop.id), next);
      await queryClient.invalidateQueries({ queryKey: KEYS.workshops });
    },
  });
  const reloadForm = async () => {
    const fresh = await reload();
    if (fresh.data) setSource(fresh.data.value);
    save.reset();
    setGeneration((n) => n + 1);
  };
  const archived = workshop.status === 'archived';
  return (
    <section aria-labelledby="host-edit">
      <h2 id="host-edit">{t.editHeading}</h2>
      {archived && <p class="panel">{t.archivedNote}</p>}
      <WorkshopForm
        key={generation}
        initial={draftOf(source, locale)}
        error={save.error}
        disabled={archived}
        onSubmit={(input) => save.mutate(input)}
      >
        <ErrorMessage error={save.error} />
        {isConflict(save.error) && (
          <Button variant="secondary" onClick={() => void reloadForm()}>
            {t.reload}
          </Button>
        )}
        <div role="status">{save.isSuccess && <p class="success">{t.saved}</p>}</div>
        {!archived && (
          <div class="actions">
            <Button type="submit" pending={save.isPending}>
              {t.save}
            </Button>
          </div>
        )}
      </WorkshopForm>
    </section>
  );
}
