import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { ApiError } from '../../api/problem.js';
import { useMessages } from '../../i18n/locale.js';
import { CommuneSelect } from '../../ui/commune-select.js';
import { Field, TextField } from '../../ui/field.js';
import { venueInputOf, venueProblems, type VenueDraft, type VenueField } from './venue-draft.js';
import type { VenueInput } from './api.js';

interface VenueFormProps {
  initial: VenueDraft;
  /** The server's refusal, if any: its fields are marked too. */
  error: unknown;
  onSubmit: (input: VenueInput) => void;
  /** The buttons, the error and the success message. */
  children: ComponentChildren;
}

function serverRefused(error: unknown, field: VenueField): boolean {
  if (!(error instanceof ApiError)) return false;
  return Object.keys(error.fieldErrors).some((path) => path.split('.')[0] === field);
}

type Bind = (field: VenueField) => {
  value: string;
  onValue: (value: string) => void;
  error: string | undefined;
};

function TextFields({ bind }: { bind: Bind }) {
  const f = useMessages().admin.venues.fields;
  return (
    <>
      <TextField label={f.name} {...bind('name')} required maxLength={120} autoComplete="off" />
      <TextField label={f.address} {...bind('address')} required maxLength={300} />
      <CommuneSelect
        label={f.commune}
        placeholder={f.chooseCommune}
        required
        {...bind('commune')}
      />
      <TextField
        label={f.maxCapacity}
        hint={f.maxCapacityHint}
        {...bind('maxCapacity')}
        required
        inputMode="numeric"
        maxLength={3}
      />
    </>
  );
}

function TextArea({ label, hint, bind }: { label: string; hint: string; bind: ReturnType<Bind> }) {
  return (
    <Field label={label} hint={hint} error={bind.error}>
      {(wiring) => (
        <textarea
          {...wiring}
          rows={3}
          value={bind.value}
          onInput={(e) => bind.onValue((e.target as HTMLTextAreaElement).value)}
        />
      )}
    </Field>
  );
}

/** A venue's fields, checked before sending (every problem at once), for creating or editing. */
export function VenueForm({ initial, error, onSubmit, children }: VenueFormProps) {
  const { fields: f, invalid } = useMessages().admin.venues;
  const [draft, setDraft] = useState(initial);
  const [checked, setChecked] = useState(false);
  const problems = venueProblems(draft);
  const bind: Bind = (field) => ({
    value: draft[field],
    onValue: (value) => setDraft((current) => ({ ...current, [field]: value })),
    error:
      (checked && problems.has(field)) || serverRefused(error, field) ? invalid[field] : undefined,
  });
  const submit = (event: Event) => {
    event.preventDefault();
    setChecked(true);
    if (problems.size > 0) {
      const form = event.currentTarget as HTMLFormElement;
      // Straight to the first field to correct, its error read with it.
      requestAnimationFrame(() =>
        form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
      );
      return;
    }
    onSubmit(venueInputOf(draft));
  };
  return (
    <form onSubmit={submit} noValidate>
      <TextFields bind={bind} />
      <TextArea label={f.accessibility} hint={f.accessibilityHint} bind={bind('accessibility')} />
      <TextArea label={f.equipment} hint={f.equipmentHint} bind={bind('equipment')} />
      {children}
    </form>
  );
}
