import { useMutation, useQueryClient } from '@tanstack/preact-query';
import { useState } from 'preact/hooks';
import { useMessages } from '../../i18n/locale.js';
import { Button } from '../../ui/button.js';
import { ErrorMessage } from '../../ui/error-message.js';
import {
  KEYS,
  previewSessions,
  scheduleSessions,
  type ScheduleBody,
  type Workshop,
} from './api.js';
import { useFocusFirstInvalid } from './focus.js';
import { useIdempotencyKey } from '../../api/idempotency.js';
import { ScheduleFields } from './schedule-fields.js';
import { SchedulePreview } from './schedule-preview.js';
import {
  initialSchedule,
  scheduleBodyOf,
  scheduleProblems,
  scheduleRefused,
  type ScheduleDraft,
  type ScheduleField,
} from './schedule-draft.js';

function useScheduling(workshop: Workshop, onDone: (count: number) => void) {
  const queryClient = useQueryClient();
  const idempotency = useIdempotencyKey();
  const preview = useMutation({
    mutationFn: (body: ScheduleBody) => previewSessions(workshop.id, body),
  });
  const schedule = useMutation({
    mutationFn: (body: ScheduleBody) =>
      scheduleSessions(workshop.id, body, idempotency.keyFor(body)),
    onSuccess: async (sessions) => {
      idempotency.done();
      preview.reset();
      onDone(sessions.length);
      await queryClient.invalidateQueries({ queryKey: KEYS.sessionsOf(workshop.id) });
    },
  });
  return { preview, schedule };
}

/** « Programmer une séance »: one session or a series, its dates shown before anything is created. */
export function ScheduleSection({ workshop }: { workshop: Workshop }) {
  const t = useMessages().host.schedule;
  const [draft, setDraft] = useState(() => initialSchedule(workshop));
  const [attempt, setAttempt] = useState(0);
  const [done, setDone] = useState<number | null>(null);
  const { preview, schedule } = useScheduling(workshop, setDone);
  const form = useFocusFirstInvalid(attempt, preview.error);
  const problems = scheduleProblems(draft);
  const body = problems.size === 0 ? scheduleBodyOf(draft) : null;
  // The dates shown are those of the form as it is now; any change asks to look again.
  const shown =
    preview.data && body && JSON.stringify(preview.variables) === JSON.stringify(body)
      ? preview.data
      : null;
  const update = (change: Partial<ScheduleDraft>) => {
    setDraft((current) => ({ ...current, ...change }));
    setDone(null);
  };
  const errorOf = (field: ScheduleField) =>
    (attempt > 0 && problems.has(field)) || scheduleRefused(preview.error, field)
      ? t.invalid[field]
      : undefined;
  const submit = (event: Event) => {
    event.preventDefault();
    setAttempt((n) => n + 1);
    setDone(null);
    schedule.reset();
    if (body) preview.mutate(body);
  };
  return (
    <section aria-labelledby="host-schedule">
      <h2 id="host-schedule">{t.heading}</h2>
      <p class="muted">{t.intro}</p>
      {workshop.status === 'draft' && <p class="panel">{t.draftNote}</p>}
      <form ref={form} onSubmit={submit} noValidate>
        <ScheduleFields draft={draft} update={update} errorOf={errorOf} />
        <ErrorMessage error={preview.error} />
        <div class="actions">
          <Button
            type="submit"
            variant={shown ? 'secondary' : 'primary'}
            pending={preview.isPending}
          >
            {t.preview}
          </Button>
        </div>
      </form>
      {shown && (
        <SchedulePreview
          dates={shown}
          pending={schedule.isPending}
          error={schedule.error}
          onConfirm={() => schedule.mutate(preview.variables as ScheduleBody)}
        />
      )}
      <div role="status">{done !== null && <p class="success">{t.done(done)}</p>}</div>
    </section>
  );
}
