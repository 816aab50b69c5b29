import { useMutation, useQueryClient } from '@tanstack/preact-query';
import { Link, useLocation, useSearch } from 'wouter-preact';
import { useMessages } from '../../i18n/locale.js';
import { Button } from '../../ui/button.js';
import { ErrorMessage } from '../../ui/error-message.js';
import { Page } from '../../ui/page.js';
import { RequireSession } from '../../ui/require-session.js';
import { createWorkshop, KEYS, type WorkshopInput } from './api.js';
import { useIdempotencyKey } from '../../api/idempotency.js';
import { emptyWorkshopDraft } from './workshop-draft.js';
import { WorkshopForm } from './workshop-form.js';
import './host.css';

/** `?project=…&title=…`: the winning project this workshop carries out (from the results). */
function useProject(): { id: string; title: string } | null {
  const params = new URLSearchParams(useSearch());
  const id = params.get('project');
  return id ? { id, title: params.get('title') ?? id } : null;
}

function NewWorkshop() {
  const m = useMessages();
  const t = m.host;
  const project = useProject();
  const [, navigate] = useLocation();
  const queryClient = useQueryClient();
  const idempotency = useIdempotencyKey();
  const create = useMutation({
    mutationFn: (form: WorkshopInput) => {
      const input = project ? { ...form, projectId: project.id } : form;
      return createWorkshop(input, idempotency.keyFor(input));
    },
    onSuccess: async (workshop) => {
      idempotency.done();
      await queryClient.invalidateQueries({ queryKey: KEYS.workshops });
      navigate(`/host/workshops/${workshop.id}?created=1`);
    },
  });
  return (
    <Page title={t.form.newTitle}>
      <p>
        <Link href="/host">{t.back}</Link>
      </p>
      {project && <p class="panel">{m.produced.forProject(project.title)}</p>}
      <WorkshopForm
        initial={
          project
            ? { ...emptyWorkshopDraft, title: project.title.slice(0, 120) }
            : emptyWorkshopDraft
        }
        error={create.error}
        onSubmit={(input) => create.mutate(input)}
      >
        <ErrorMessage error={create.error} />
        <div class="actions">
          <Button type="submit" pending={create.isPending}>
            {t.form.save}
          </Button>
        </div>
      </WorkshopForm>
    </Page>
  );
}

/** `/host/workshops/new`: a new workshop starts as a draft; its page then offers to publish it. */
export default function WorkshopNewPage() {
  return (
    <RequireSession roles={['host', 'coordinator']}>
      <NewWorkshop />
    </RequireSession>
  );
}
