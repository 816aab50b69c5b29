import { useRef, useState } from 'preact/hooks';
import { ApiError } from '../../api/problem.js';
import { formatDate } from '../../format/index.js';
import { useMessages } from '../../i18n/locale.js';
import { Button } from '../../ui/button.js';
import { ErrorMessage } from '../../ui/error-message.js';
import { TextField } from '../../ui/field.js';
import type { Expense, Fund } from './api.js';
import { useDecideExpense, type Decision } from './expenses.js';
import { useFundFormat } from './format.js';

/** A reason, then the decision: a rejection, or an approval beyond the budget. */
function ReasonForm({
  expense,
  fund,
  override,
  onDone,
  onCancel,
}: {
  expense: Expense;
  fund: Fund;
  /** Approve beyond the budget line or the money available, instead of rejecting. */
  override: boolean;
  onDone: (text: string) => void;
  onCancel: () => void;
}) {
  const { funds, common } = useMessages();
  const t = funds.manage;
  const f = useFundFormat();
  const decide = useDecideExpense(fund.id);
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const submit = (e: Event) => {
    e.preventDefault();
    const text = reason.trim();
    if (!text) return setMissing(true);
    const said = override
      ? t.approved(expense.description, f.euros(expense.amountCents))
      : t.rejected(expense.description);
    const decision: Decision = override
      ? { expense, approve: true, override: text }
      : { expense, approve: false, reason: text };
    decide.mutate(decision, { onSuccess: () => onDone(said) });
  };
  return (
    <form onSubmit={submit} noValidate class="reject-form">
      <TextField
        label={override ? t.overrideReason : t.reason}
        hint={override ? t.overrideHint : t.reasonHint}
        value={reason}
        maxLength={override ? 300 : 500}
        onValue={(v) => {
          setReason(v);
          setMissing(false);
        }}
        error={missing ? (override ? t.overrideMissing : t.reasonMissing) : undefined}
        autoFocus
      />
      <ErrorMessage error={decide.error} />
      <div class="actions">
        <Button type="submit" variant={override ? 'primary' : 'danger'} pending={decide.isPending}>
          {override ? t.confirmOverride : t.confirmReject}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {common.cancel}
        </Button>
      </div>
    </form>
  );
}

function ExpenseHeading({ expense, fund }: { expense: Expense; fund: Fund }) {
  const t = useMessages().funds.manage;
  const f = useFundFormat();
  const line = fund.lineItems.find((l) => l.id === expense.lineItemId)?.label ?? expense.lineItemId;
  return (
    <>
      <h3>{expense.description}</h3>
      <p>
        <strong>{f.euros(expense.amountCents)}</strong> · {line}
      </p>
      <p class="muted">
        {t.receiptOn(expense.receiptRef, formatDate(expense.submittedAt, f.locale))}
      </p>
    </>
  );
}

function PendingCard({
  expense,
  fund,
  onDone,
}: {
  expense: Expense;
  fund: Fund;
  onDone: (text: string) => void;
}) {
  const t = useMessages().funds.manage;
  const f = useFundFormat();
  const decide = useDecideExpense(fund.id);
  const [rejecting, setRejecting] = useState(false);
  // Beyond its budget line or the money available: approving needs a reason.
  const overBudget = decide.error instanceof ApiError && decide.error.code === 'OVER_BUDGET';
  return (
    <li class="card">
      <ExpenseHeading expense={expense} fund={fund} />
      {!rejecting && !overBudget && (
        <div class="actions">
          <Button
            pending={decide.isPending}
            onClick={() =>
              decide.mutate(
                { expense, approve: true },
                {
                  onSuccess: () =>
                    onDone(t.approved(expense.description, f.euros(expense.amountCents))),
                },
              )
            }
          >
            {t.approve}
            <span class="visually-hidden">{t.about(expense.description)}</span>
          </Button>
          <Button variant="danger" onClick={() => setRejecting(true)}>
            {t.reject}
            <span class="visually-hidden">{t.about(expense.description)}</span>
          </Button>
        </div>
      )}
      <ErrorMessage error={decide.error} />
      {(rejecting || overBudget) && (
        <ReasonForm
          expense={expense}
          fund={fund}
          override={overBudget && !rejecting}
          onDone={onDone}
          onCancel={() => {
            setRejecting(false);
            decide.reset();
          }}
        />
      )}
    </li>
  );
}

/** Coordinators: the expenses waiting for a decision, oldest first. */
export function PendingExpenses({ expenses, fund }: { expenses: Expense[]; fund: Fund }) {
  const t = useMessages().funds.manage;
  const [said, setSaid] = useState('');
  const status = useRef<HTMLParagraphElement>(null);
  // The decided card leaves the list with the focus: it goes to what was done.
  const done = (text: string) => {
    setSaid(text);
    setTimeout(() => status.current?.focus(), 0);
  };
  const pending = expenses.filter((e) => e.status === 'submitted');
  return (
    <>
      <p role="status" class="success" tabIndex={-1} ref={status}>
        {said}
      </p>
      {pending.length === 0 ? (
        <p class="muted">{t.nonePending}</p>
      ) : (
        <ul class="cards">
          {pending.map((e) => (
            <PendingCard key={e.id} expense={e} fund={fund} onDone={done} />
          ))}
        </ul>
      )}
    </>
  );
}
