import { useState } from 'preact/hooks';
import { ApiError } from '../../api/problem.js';
import { parisDay } from '../../format/index.js';
import { useMessages } from '../../i18n/locale.js';
import { Button } from '../../ui/button.js';
import { ErrorMessage } from '../../ui/error-message.js';
import { AmountField } from '../../ui/amount-field.js';
import { TextField } from '../../ui/field.js';
import { OnBehalfOf } from '../../ui/organisation-select.js';
import { useFocusFirstInvalid } from './focus.js';
import type { Organisation } from './api.js';
import {
  readMoneyDraft,
  type DraftProblems,
  type MoneyBody,
  type MoneyDraft,
  type MoneyKind,
} from './contribute.js';

function KindChoice({ kind, onKind }: { kind: MoneyKind; onKind: (kind: MoneyKind) => void }) {
  const t = useMessages().funds.contribute;
  return (
    <fieldset class="choice">
      <legend>{t.kindLegend}</legend>
      {(['contribution', 'pledge'] as const).map((value) => (
        <label key={value} class="choice__option">
          <input
            type="radio"
            name="kind"
            value={value}
            checked={kind === value}
            onChange={() => onKind(value)}
          />{' '}
          {t.kinds[value]}
        </label>
      ))}
    </fieldset>
  );
}

const emptyDraft = (): MoneyDraft => ({
  kind: 'contribution',
  onBehalf: '',
  amount: '',
  day: parisDay(new Date()),
  reference: '',
  note: '',
});

interface Props {
  organisations: Organisation[];
  pending: boolean;
  error: unknown;
  onSubmit: (kind: MoneyKind, body: MoneyBody) => void;
}

/** Money given or promised: checked here first, so a mistake is said before anything is sent. */
export function ContributeForm({ organisations, pending, error, onSubmit }: Props) {
  const t = useMessages().funds.contribute;
  const [draft, setDraft] = useState(emptyDraft);
  const [problems, setProblems] = useState<DraftProblems>({});
  const [attempt, setAttempt] = useState(0);
  const form = useFocusFirstInvalid(attempt, error);
  const set = (field: keyof MoneyDraft) => (value: string) => {
    setDraft((d) => ({ ...d, [field]: value }));
    setProblems((p) => ({ ...p, [field]: undefined }));
  };
  const submit = (e: Event) => {
    e.preventDefault();
    setAttempt((n) => n + 1);
    const read = readMoneyDraft(draft);
    if ('problems' in read) setProblems(read.problems);
    else onSubmit(draft.kind, read.body);
  };
  const outside = error instanceof ApiError && error.code === 'OUTSIDE_PERIOD';
  return (
    <form ref={form} onSubmit={submit} noValidate>
      <KindChoice kind={draft.kind} onKind={(kind) => setDraft((d) => ({ ...d, kind }))} />
      <OnBehalfOf
        label={t.onBehalf}
        hint={t.onBehalfHint}
        myself={t.myself}
        value={draft.onBehalf}
        onValue={set('onBehalf')}
        organisations={organisations}
      />
      <AmountField
        label={t.amount}
        hint={t.amountHint}
        value={draft.amount}
        onValue={set('amount')}
        error={problems.amount && t.amountError}
      />
      <TextField
        label={draft.kind === 'pledge' ? t.pledgeDay : t.day}
        type="date"
        value={draft.day}
        onValue={set('day')}
        error={(problems.day && t.dayError) || (outside ? t.outsidePeriod : undefined)}
      />
      <TextField
        label={t.reference}
        hint={t.referenceHint}
        maxLength={100}
        value={draft.reference}
        onValue={set('reference')}
      />
      <TextField label={t.note} maxLength={500} value={draft.note} onValue={set('note')} />
      {!outside && <ErrorMessage error={error} />}
      <div class="actions">
        <Button type="submit" pending={pending}>
          {draft.kind === 'pledge' ? t.submitPledge : t.submitContribution}
        </Button>
      </div>
    </form>
  );
}
