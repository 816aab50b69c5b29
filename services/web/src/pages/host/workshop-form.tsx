import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { useMessages } from '../../i18n/locale.js';
import { Field, TextField } from '../../ui/field.js';
import type { WorkshopInput } from './api.js';
import { useFocusFirstInvalid } from './focus.js';
import { ListFailed } from '../../ui/list-failed.js';
import { useKindLabel, useKinds } from './reference.js';
import { VenueSelect } from './venue-select.js';
import {
  serverRefused,
  workshopInputOf,
  workshopProblems,
  type WorkshopDraft,
  type WorkshopField,
} from './workshop-draft.js';

type Bind = (field: WorkshopField) => {
  value: string;
  onValue: (value: string) => void;
  error: string | undefined;
};

function KindSelect({ bind }: { bind: ReturnType<Bind> }) {
  const f = useMessages().host.form;
  const { common } = useMessages();
  const kinds = useKinds();
  const label = useKindLabel();
  return (
    <>
      <Field label={f.kind} error={bind.error}>
        {(wiring) => (
          <select
            {...wiring}
            value={bind.value}
            required
            onChange={(e) => bind.onValue((e.target as HTMLSelectElement).value)}
          >
            <option value="">{kinds.isPending ? common.loading : f.chooseKind}</option>
            {(kinds.data ?? []).map((kind) => (
              <option key={kind.id} value={kind.id}>
                {label(kind.id)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <ListFailed query={kinds} />
    </>
  );
}

function Description({ bind }: { bind: ReturnType<Bind> }) {
  const f = useMessages().host.form;
  return (
    <Field label={f.description} hint={f.descriptionHint} error={bind.error}>
      {(wiring) => (
        <textarea
          {...wiring}
          rows={4}
          maxLength={5000}
          value={bind.value}
          onInput={(e) => bind.onValue((e.target as HTMLTextAreaElement).value)}
        />
      )}
    </Field>
  );
}

function Fields({ bind }: { bind: Bind }) {
  const f = useMessages().host.form;
  return (
    <>
      <TextField label={f.title} hint={f.titleHint} {...bind('title')} required maxLength={120} />
      <KindSelect bind={bind('kind')} />
      <Description bind={bind('description')} />
      <VenueSelect
        label={f.venue}
        placeholder={f.noVenue}
        hint={f.venueHint}
        {...bind('defaultVenueId')}
      />
      <TextField
        label={f.capacity}
        {...bind('defaultCapacity')}
        inputMode="numeric"
        maxLength={3}
        required
      />
      <TextField
        label={f.duration}
        hint={f.durationHint}
        {...bind('defaultDurationMinutes')}
        inputMode="numeric"
        maxLength={3}
        required
      />
      <TextField
        label={f.price}
        hint={f.priceHint}
        {...bind('price')}
        inputMode="decimal"
        maxLength={10}
      />
    </>
  );
}

interface WorkshopFormProps {
  initial: WorkshopDraft;
  /** The server's refusal, if any: the fields it names are marked too. */
  error: unknown;
  onSubmit: (input: WorkshopInput) => void;
  disabled?: boolean;
  /** The error, the success message and the buttons. */
  children: ComponentChildren;
}

/** A workshop's fields, checked before sending (every problem at once), to create or edit. */
export function WorkshopForm({ initial, error, onSubmit, disabled, children }: WorkshopFormProps) {
  const invalid = useMessages().host.form.invalid;
  const [draft, setDraft] = useState(initial);
  const [attempt, setAttempt] = useState(0);
  const form = useFocusFirstInvalid(attempt, error);
  const problems = workshopProblems(draft);
  const bind: Bind = (field) => ({
    value: draft[field],
    onValue: (value) => setDraft((current) => ({ ...current, [field]: value })),
    error:
      (attempt > 0 && problems.has(field)) || serverRefused(error, field)
        ? invalid[field]
        : undefined,
  });
  const submit = (event: Event) => {
    event.preventDefault();
    setAttempt((n) => n + 1);
    if (problems.size === 0) onSubmit(workshopInputOf(draft));
  };
  return (
    <form ref={form} onSubmit={submit} noValidate>
      <fieldset class="host-fieldset" disabled={disabled}>
        <Fields bind={bind} />
      </fieldset>
      {children}
    </form>
  );
}
