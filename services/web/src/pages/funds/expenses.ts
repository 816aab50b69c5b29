import { useMutation, useQueryClient } from '@tanstack/preact-query';
import { api } from '../../api/client.js';
import { fundPath, keys, type Expense } from './api.js';
import { useIdempotencyKey } from '../../api/idempotency.js';

export interface ExpenseBody {
  amountCents: number;
  lineItemId: string;
  description: string;
  receiptRef: string;
}

/** Everything an expense changes: the expenses, and (once approved) the summary and ledger. */
function useRefresh(fundId: string) {
  const client = useQueryClient();
  return () => void client.invalidateQueries({ queryKey: keys.fund(fundId) });
}

/** A host's or a coordinator's expense: one per receipt (the service keys it by the receipt). */
export function useSubmitExpense(fundId: string) {
  const refresh = useRefresh(fundId);
  const idempotency = useIdempotencyKey();
  return useMutation({
    mutationFn: (body: ExpenseBody) =>
      api<Expense>(`${fundPath(fundId)}/expenses`, {
        method: 'POST',
        body,
        idempotencyKey: idempotency.keyFor(body),
      }),
    onSuccess: () => {
      idempotency.done();
      refresh();
    },
  });
}

export type Decision =
  | { expense: Expense; approve: true; override?: string }
  | { expense: Expense; approve: false; reason: string };

const bodyOf = (decision: Decision) =>
  decision.approve
    ? decision.override
      ? { override: decision.override }
      : {}
    : { reason: decision.reason };

/** A coordinator approves (it is paid: a ledger entry) or rejects with a reason. */
export function useDecideExpense(fundId: string) {
  const refresh = useRefresh(fundId);
  return useMutation({
    mutationFn: (decision: Decision) =>
      api<Expense>(
        `${fundPath(fundId)}/expenses/${encodeURIComponent(decision.expense.id)}/${decision.approve ? 'approve' : 'reject'}`,
        { method: 'POST', body: bodyOf(decision) },
      ),
    onSettled: refresh,
  });
}
