import { useMutation, useQueryClient } from '@tanstack/preact-query';
import { useState } from 'preact/hooks';
import { useCommuneName } from '../../api/communes.js';
import { useMessages } from '../../i18n/locale.js';
import { Button } from '../../ui/button.js';
import { ErrorMessage } from '../../ui/error-message.js';
import { CommuneSelect } from '../../ui/commune-select.js';
import { TextField } from '../../ui/field.js';
import { KEYS, recordAttendance, type Roster } from './api.js';
import { useFocusFirstInvalid } from './focus.js';
import { useIdempotencyKey } from '../../api/idempotency.js';
import { wholeNumber } from './numbers.js';

/** Someone from outside the network's communes (the API takes any commune name). */
export const OTHER_COMMUNE = 'other';

function useCommuneLabel(): (id: string) => string {
  const t = useMessages().host.walkIns;
  const name = useCommuneName();
  return (id) => (id === OTHER_COMMUNE ? t.otherCommune : name(id));
}

interface WalkInInput {
  name: string;
  commune: string;
  seats: number;
}

function useAddWalkIn(sessionId: string, onAdded: (walkIn: WalkInInput) => void) {
  const queryClient = useQueryClient();
  // The walk-in's id is chosen here, the same while the same person is sent again: added once.
  const clientId = useIdempotencyKey();
  return useMutation({
    mutationFn: (walkIn: WalkInInput) =>
      recordAttendance(sessionId, { walkIns: [{ id: clientId.keyFor(walkIn), ...walkIn }] }),
    onSuccess: (roster, walkIn) => {
      clientId.done();
      queryClient.setQueryData(KEYS.roster(sessionId), roster);
      onAdded(walkIn);
    },
  });
}

const emptyWalkIn = { name: '', commune: '', seats: '1' };

/** The walk-in to send if the form is right, and which fields are wrong (once tried). */
function checkWalkIn(draft: typeof emptyWalkIn, tried: boolean) {
  const seats = wholeNumber(draft.seats, 1, 20);
  const name = draft.name.trim();
  const wrong = {
    name: name === '' || name.length > 120,
    commune: !draft.commune,
    seats: seats === null,
  };
  const input: WalkInInput | null =
    wrong.name || wrong.commune || seats === null ? null : { name, commune: draft.commune, seats };
  return {
    input,
    wrong: {
      name: tried && wrong.name,
      commune: tried && wrong.commune,
      seats: tried && wrong.seats,
    },
  };
}

function WalkInForm({
  sessionId,
  announce,
}: {
  sessionId: string;
  announce: (text: string) => void;
}) {
  const t = useMessages().host.walkIns;
  const [draft, setDraft] = useState(emptyWalkIn);
  const [attempt, setAttempt] = useState(0);
  const add = useAddWalkIn(sessionId, (walkIn) => {
    setDraft({ ...emptyWalkIn, commune: walkIn.commune });
    setAttempt(0);
    announce(t.done(walkIn.name));
  });
  const form = useFocusFirstInvalid(attempt, add.error);
  const { input, wrong } = checkWalkIn(draft, attempt > 0);
  const submit = (event: Event) => {
    event.preventDefault();
    setAttempt((n) => n + 1);
    if (input) add.mutate(input);
  };
  const set = (change: Partial<typeof draft>) => setDraft((d) => ({ ...d, ...change }));
  return (
    <form ref={form} onSubmit={submit} noValidate class="host-subform">
      <TextField
        label={t.name}
        value={draft.name}
        onValue={(v) => set({ name: v })}
        error={wrong.name ? t.invalid.name : undefined}
        maxLength={120}
        autoComplete="off"
        required
      />
      <CommuneSelect
        label={t.commune}
        placeholder={t.chooseCommune}
        required
        extraOptions={[{ value: OTHER_COMMUNE, label: t.otherCommune }]}
        value={draft.commune}
        onValue={(commune) => set({ commune })}
        error={wrong.commune ? t.invalid.commune : undefined}
      />
      <TextField
        label={t.seats}
        hint={t.seatsHint}
        value={draft.seats}
        onValue={(v) => set({ seats: v })}
        error={wrong.seats ? t.invalid.seats : undefined}
        inputMode="numeric"
        maxLength={2}
      />
      <ErrorMessage error={add.error} />
      <Button type="submit" pending={add.isPending}>
        {t.add}
      </Button>
    </form>
  );
}

interface WalkInsProps {
  roster: Roster;
  editable: boolean;
  announce: (text: string) => void;
}

/** People who came without booking: listed, and added at the door while attendance is open. */
export function WalkIns({ roster, editable, announce }: WalkInsProps) {
  const t = useMessages().host.walkIns;
  const label = useCommuneLabel();
  return (
    <>
      <h3>{t.heading}</h3>
      {roster.walkIns.length === 0 ? (
        <p class="muted">{t.empty}</p>
      ) : (
        <ul class="host-plain-list">
          {roster.walkIns.map((w) => (
            <li key={w.id}>{t.line(w.name, label(w.commune), w.seats)}</li>
          ))}
        </ul>
      )}
      {editable && <WalkInForm sessionId={roster.sessionId} announce={announce} />}
    </>
  );
}
