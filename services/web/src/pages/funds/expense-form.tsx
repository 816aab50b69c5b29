import { useState } from 'preact/hooks';
import { useMessages } from '../../i18n/locale.js';
import { AmountField } from '../../ui/amount-field.js';
import { Button } from '../../ui/button.js';
import { ErrorMessage, fieldError } from '../../ui/error-message.js';
import { Field, TextField } from '../../ui/field.js';
import { SelectField } from '../../ui/select-field.js';
import { useQuery } from '@tanstack/preact-query';
import { hasRole, useSession } from '../../api/session.js';
import { fetchWorkshops, keys, type Fund } from './api.js';
import { useSubmitExpense } from './expenses.js';
import { useFocusFirstInvalid } from './focus.js';
import { useFundFormat } from './format.js';
import { parsePositiveEuros } from '../../format/money.js';

type Draft = {
  amount: string;
  lineItemId: string;
  workshopId: string;
  description: string;
  receiptRef: string;
};
type Problems = Partial<Record<keyof Draft, boolean>>;

function check(draft: Draft): Problems {
  return {
    amount: parsePositiveEuros(draft.amount) === null,
    lineItemId: !draft.lineItemId,
    description: !draft.description.trim(),
    receiptRef: !draft.receiptRef.trim(),
  };
}

interface FieldsProps {
  fund: Fund;
  draft: Draft;
  problems: Problems;
  error: unknown;
  set: (field: keyof Draft) => (value: string) => void;
}

function LineField({ fund, draft, problems, error, set }: FieldsProps) {
  const t = useMessages().funds.expenseForm;
  const f = useFundFormat();
  return (
    <Field
      label={t.line}
      error={problems.lineItemId ? t.lineError : fieldError(error, 'lineItemId', t.lineError)}
    >
      {(wiring) => (
        <select
          {...wiring}
          value={draft.lineItemId}
          onChange={(e) => set('lineItemId')((e.target as HTMLSelectElement).value)}
        >
          {fund.lineItems.map((l) => (
            <option key={l.id} value={l.id}>
              {t.lineOption(l.label, f.euros(l.budgetCents))}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** The workshop the money went to: a host's own, any for a coordinator. */
function WorkshopField({ draft, set }: FieldsProps) {
  const t = useMessages().funds.expenseForm;
  const session = useSession();
  const workshops = useQuery({ queryKey: keys.workshops, queryFn: fetchWorkshops });
  const mine = (workshops.data ?? []).filter(
    (w) => hasRole(session, 'coordinator') || w.hostIds.includes(session?.accountId ?? ''),
  );
  if (mine.length === 0) return null;
  return (
    <SelectField
      label={t.workshop}
      hint={t.workshopHint}
      placeholder={t.noWorkshop}
      choices={mine.map((w) => ({ value: w.id, label: w.title }))}
      value={draft.workshopId}
      onValue={set('workshopId')}
    />
  );
}

function ExpenseFields(props: FieldsProps) {
  const t = useMessages().funds.expenseForm;
  const { draft, problems, error, set } = props;
  return (
    <>
      <AmountField
        label={t.amount}
        hint={t.amountHint}
        value={draft.amount}
        onValue={set('amount')}
        error={problems.amount ? t.amountError : fieldError(error, 'amountCents', t.amountError)}
      />
      <LineField {...props} />
      <WorkshopField {...props} />
      <TextField
        label={t.description}
        hint={t.descriptionHint}
        maxLength={500}
        value={draft.description}
        onValue={set('description')}
        error={problems.description ? t.descriptionError : undefined}
      />
      <TextField
        label={t.receipt}
        hint={t.receiptHint}
        maxLength={100}
        value={draft.receiptRef}
        onValue={set('receiptRef')}
        error={problems.receiptRef ? t.receiptError : undefined}
      />
    </>
  );
}

const bodyOf = (draft: Draft, amountCents: number) => ({
  amountCents,
  lineItemId: draft.lineItemId,
  ...(draft.workshopId && { workshopId: draft.workshopId }),
  description: draft.description.trim(),
  receiptRef: draft.receiptRef.trim(),
});

/** Hosts and coordinators declare what they paid, with its receipt, against a budget line. */
export function ExpenseForm({ fund }: { fund: Fund }) {
  const t = useMessages().funds.expenseForm;
  const f = useFundFormat();
  const submit = useSubmitExpense(fund.id);
  const empty: Draft = {
    amount: '',
    lineItemId: fund.lineItems[0]?.id ?? '',
    workshopId: '',
    description: '',
    receiptRef: '',
  };
  const [draft, setDraft] = useState(empty);
  const [problems, setProblems] = useState<Problems>({});
  const [attempt, setAttempt] = useState(0);
  const form = useFocusFirstInvalid(attempt, submit.error);
  if (fund.lineItems.length === 0) return <p class="muted">{t.noLines}</p>;
  const set = (field: keyof Draft) => (value: string) => {
    setDraft((d) => ({ ...d, [field]: value }));
    setProblems((p) => ({ ...p, [field]: false }));
  };
  const onSubmit = (e: Event) => {
    e.preventDefault();
    setAttempt((n) => n + 1);
    const found = check(draft);
    setProblems(found);
    const amountCents = parsePositiveEuros(draft.amount);
    if (Object.values(found).some(Boolean) || amountCents === null) return;
    submit.mutate(bodyOf(draft, amountCents), { onSuccess: () => setDraft(empty) });
  };
  const sent =
    submit.data &&
    t.sent(
      f.euros(submit.data.amountCents),
      submit.data.status === 'submitted' ? t.waiting : t.alreadyDecided,
    );
  return (
    <form ref={form} onSubmit={onSubmit} noValidate>
      <ExpenseFields fund={fund} draft={draft} problems={problems} error={submit.error} set={set} />
      <ErrorMessage error={submit.error} />
      <p role="status" class="success">
        {sent}
      </p>
      <div class="actions">
        <Button type="submit" pending={submit.isPending}>
          {t.submit}
        </Button>
      </div>
    </form>
  );
}
