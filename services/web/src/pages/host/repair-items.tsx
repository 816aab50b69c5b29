import { useMutation, useQueryClient } from '@tanstack/preact-query';
import { useState } from 'preact/hooks';
import { useMessages } from '../../i18n/locale.js';
import { Button } from '../../ui/button.js';
import { ErrorMessage } from '../../ui/error-message.js';
import { Field } from '../../ui/field.js';
import { KEYS, recordAttendance, type RepairOutcome, type Roster } from './api.js';
import { useIdempotencyKey } from '../../api/idempotency.js';

const OUTCOMES: RepairOutcome[] = ['fixed', 'repairable', 'end-of-life'];
const OTHER = 'Other';

function Choice(props: {
  label: string;
  placeholder: string;
  value: string;
  onValue: (v: string) => void;
  options: [string, string][];
  error?: string | undefined;
}) {
  return (
    <Field label={props.label} error={props.error}>
      {(wiring) => (
        <select
          {...wiring}
          value={props.value}
          required
          onChange={(e) => props.onValue((e.target as HTMLSelectElement).value)}
        >
          <option value="">{props.placeholder}</option>
          {props.options.map(([value, text]) => (
            <option key={value} value={value}>
              {text}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

function RepairForm({
  sessionId,
  announce,
}: {
  sessionId: string;
  announce: (text: string) => void;
}) {
  const t = useMessages().host.repairs;
  const queryClient = useQueryClient();
  const clientId = useIdempotencyKey();
  const [category, setCategory] = useState('');
  const [outcome, setOutcome] = useState('');
  const [checked, setChecked] = useState(false);
  const add = useMutation({
    mutationFn: (item: { category: string; outcome: RepairOutcome }) =>
      recordAttendance(sessionId, { repairs: [{ id: clientId.keyFor(item), ...item }] }),
    onSuccess: (roster) => {
      clientId.done();
      queryClient.setQueryData(KEYS.roster(sessionId), roster);
      setCategory('');
      setOutcome('');
      setChecked(false);
      announce(t.done);
    },
  });
  // Alphabetical in the reader's language, « other » last.
  const categories = Object.entries(t.categories)
    .filter(([id]) => id !== OTHER)
    .sort(([, a], [, b]) => a.localeCompare(b))
    .concat([[OTHER, t.categories[OTHER] ?? OTHER]]);
  const submit = (event: Event) => {
    event.preventDefault();
    setChecked(true);
    if (category && outcome) add.mutate({ category, outcome: outcome as RepairOutcome });
  };
  return (
    <form onSubmit={submit} noValidate class="host-subform">
      <Choice
        label={t.category}
        placeholder={t.chooseCategory}
        value={category}
        onValue={setCategory}
        options={categories}
        error={checked && !category ? t.invalid.category : undefined}
      />
      <Choice
        label={t.outcome}
        placeholder={t.chooseOutcome}
        value={outcome}
        onValue={setOutcome}
        options={OUTCOMES.map((o) => [o, t.outcomes[o]])}
        error={checked && !outcome ? t.invalid.outcome : undefined}
      />
      <ErrorMessage error={add.error} />
      <Button type="submit" pending={add.isPending}>
        {t.submit}
      </Button>
    </form>
  );
}

interface RepairItemsProps {
  roster: Roster;
  editable: boolean;
  announce: (text: string) => void;
}

/** Repair cafés: each item brought and what became of it (the fund reports on them). */
export function RepairItems({ roster, editable, announce }: RepairItemsProps) {
  const t = useMessages().host.repairs;
  return (
    <>
      <h3>{t.heading}</h3>
      {roster.repairs.length === 0 ? (
        <p class="muted">{t.empty}</p>
      ) : (
        <ul class="host-plain-list">
          {roster.repairs.map((item) => (
            <li key={item.id}>
              {t.line(t.categories[item.category] ?? item.category, t.outcomes[item.outcome])}
            </li>
          ))}
        </ul>
      )}
      {editable && <RepairForm sessionId={roster.sessionId} announce={announce} />}
    </>
  );
}
