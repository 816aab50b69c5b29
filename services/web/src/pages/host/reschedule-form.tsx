import { useMutation, useQueryClient } from '@tanstack/preact-query';
import { useState } from 'preact/hooks';
import { Link } from 'wouter-preact';
import { ApiError } from '../../api/problem.js';
import { useMessages } from '../../i18n/locale.js';
import { Button } from '../../ui/button.js';
import { ErrorMessage } from '../../ui/error-message.js';
import { TextField } from '../../ui/field.js';
import {
  KEYS,
  rescheduleSession,
  type RescheduleBody,
  type Session,
  type Versioned,
} from './api.js';
import { useFocusFirstInvalid } from './focus.js';
import {
  rescheduleBodyOf,
  rescheduleDraftOf,
  rescheduleProblems,
  unchanged,
  type RescheduleDraft,
  type RescheduleField,
} from './reschedule-draft.js';
import { conflictingSessionId } from './schedule-draft.js';
import { VenueSelect } from './venue-select.js';

function useReschedule(base: Versioned<Session>, onDone: () => void) {
  const queryClient = useQueryClient();
  return useMutation({
    // If-Match: the version this form was filled from; a change made since is refused.
    mutationFn: (body: RescheduleBody) => rescheduleSession(base.value.id, base.etag, body),
    onSuccess: async () => {
      onDone();
      const { id, workshopId } = base.value;
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: KEYS.session(id) }),
        queryClient.invalidateQueries({ queryKey: KEYS.roster(id) }),
        queryClient.invalidateQueries({ queryKey: KEYS.sessionsOf(workshopId) }),
      ]);
    },
  });
}

interface FieldsProps {
  draft: RescheduleDraft;
  set: (change: Partial<RescheduleDraft>) => void;
  errorOf: (field: RescheduleField) => string | undefined;
}

function Fields({ draft, set, errorOf }: FieldsProps) {
  const t = useMessages().host;
  return (
    <>
      <div class="host-row">
        <TextField
          label={t.reschedule.date}
          type="date"
          value={draft.date}
          onValue={(date) => set({ date })}
          error={errorOf('date')}
          required
        />
        <TextField
          label={t.reschedule.time}
          type="time"
          step={300}
          value={draft.time}
          onValue={(time) => set({ time })}
          error={errorOf('time')}
          required
        />
      </div>
      <TextField
        label={t.schedule.duration}
        value={draft.duration}
        onValue={(duration) => set({ duration })}
        error={errorOf('duration')}
        inputMode="numeric"
        maxLength={3}
      />
      <VenueSelect
        label={t.schedule.venue}
        placeholder={t.schedule.chooseVenue}
        value={draft.venueId}
        onValue={(venueId) => set({ venueId })}
        error={errorOf('venueId')}
        required
      />
    </>
  );
}

function Problems({ error, same, reload }: { error: unknown; same: boolean; reload: () => void }) {
  const t = useMessages().host;
  const conflict = conflictingSessionId(error);
  const stale = error instanceof ApiError && (error.status === 412 || error.status === 428);
  return (
    <>
      {same && (
        <p class="error" role="alert">
          {t.reschedule.unchanged}
        </p>
      )}
      <ErrorMessage error={error} />
      {conflict && (
        <p>
          <Link href={`/host/sessions/${conflict}`}>{t.schedule.conflict}</Link>
        </p>
      )}
      {stale && (
        <Button variant="secondary" onClick={reload}>
          {t.reschedule.reload}
        </Button>
      )}
    </>
  );
}

function Form({
  base,
  onDone,
  reload,
}: {
  base: Versioned<Session>;
  onDone: () => void;
  reload: () => void;
}) {
  const t = useMessages().host;
  const [draft, setDraft] = useState(() => rescheduleDraftOf(base.value));
  const [attempt, setAttempt] = useState(0);
  const save = useReschedule(base, onDone);
  const form = useFocusFirstInvalid(attempt, save.error);
  const problems = rescheduleProblems(draft);
  const body = problems.size === 0 ? rescheduleBodyOf(draft) : null;
  const same = body !== null && unchanged(body, base.value);
  const errorOf = (field: RescheduleField) =>
    attempt > 0 && problems.has(field) ? t.schedule.invalid[field] : undefined;
  const submit = (event: Event) => {
    event.preventDefault();
    setAttempt((n) => n + 1);
    if (body && !same) save.mutate(body);
  };
  return (
    <form ref={form} onSubmit={submit} noValidate>
      <Fields
        draft={draft}
        set={(change) => setDraft((d) => ({ ...d, ...change }))}
        errorOf={errorOf}
      />
      <Problems error={save.error} same={attempt > 0 && same} reload={reload} />
      <div class="actions">
        <Button type="submit" pending={save.isPending}>
          {t.reschedule.submit}
        </Button>
      </div>
    </form>
  );
}

/** « Déplacer la séance »: new day, time, duration or venue; residents are told by email. */
export function RescheduleForm(props: {
  loaded: Versioned<Session>;
  reload: () => Promise<unknown>;
  onDone: (notice: string) => void;
}) {
  const { loaded, reload, onDone } = props;
  const t = useMessages().host.reschedule;
  // A new version (ours saved, or someone else's after a reload) refills the form from it.
  return (
    <section aria-labelledby="host-reschedule">
      <h2 id="host-reschedule">{t.heading}</h2>
      <p class="muted">{t.intro}</p>
      <Form
        key={loaded.etag}
        base={loaded}
        reload={() => void reload()}
        onDone={() => onDone(t.done)}
      />
    </section>
  );
}
