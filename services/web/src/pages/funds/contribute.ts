import type { DeclarationResponse, EntryResponse } from '@fabrique/contracts';
import { useMutation, useQueryClient } from '@tanstack/preact-query';
import { apiResponse } from '../../api/client.js';
import { parisWallTimeToIso } from '../../format/index.js';
import { fundPath, keys } from './api.js';
import { useIdempotencyKey } from '../../api/idempotency.js';
import { parsePositiveEuros } from '../../format/money.js';

export type MoneyKind = 'contribution' | 'pledge';

export interface MoneyDraft {
  kind: MoneyKind;
  /** '' for myself, else the organisation's id. */
  onBehalf: string;
  amount: string;
  day: string;
  reference: string;
  note: string;
}

export interface MoneyBody {
  amountCents: number;
  organisationId?: string;
  reference?: string;
  occurredAt: string;
  note?: string;
}

export type DraftProblems = Partial<Record<'amount' | 'day', 'amount' | 'day'>>;

/** The draft as the API wants it, or what to fix first (said next to each field). */
export function readMoneyDraft(
  draft: MoneyDraft,
): { body: MoneyBody } | { problems: DraftProblems } {
  const amountCents = parsePositiveEuros(draft.amount);
  const problems: DraftProblems = {};
  if (amountCents === null) problems.amount = 'amount';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(draft.day)) problems.day = 'day';
  if (amountCents === null || problems.day) return { problems };
  return {
    body: {
      amountCents,
      ...(draft.onBehalf && { organisationId: draft.onBehalf }),
      ...(draft.reference.trim() && { reference: draft.reference.trim() }),
      // Midday in Paris: the day typed, whatever the hour changes.
      occurredAt: parisWallTimeToIso(draft.day, '12:00'),
      ...(draft.note.trim() && { note: draft.note.trim() }),
    },
  };
}

/** What the service recorded (a ledger entry) or took as declared, as the form tells it. */
export interface Recorded extends Pick<EntryResponse, 'amountCents' | 'occurredAt'> {
  kind: MoneyKind;
  /** False when the same receipt (or the same retried request) was already recorded. */
  created: boolean;
  /** Waiting for the treasurer to find it on the bank statement (anyone but a coordinator). */
  declared: boolean;
}

/** Records a pledge or a contribution once (Idempotency-Key), then refreshes what it changes. */
export function useRecordMoney(fundId: string) {
  const client = useQueryClient();
  const idempotency = useIdempotencyKey();
  return useMutation({
    mutationFn: async ({ kind, body }: { kind: MoneyKind; body: MoneyBody }): Promise<Recorded> => {
      const path = `${fundPath(fundId)}/${kind === 'pledge' ? 'pledges' : 'contributions'}`;
      const response = await apiResponse(path, {
        method: 'POST',
        body,
        idempotencyKey: idempotency.keyFor({ kind, body }),
      });
      // A coordinator's entry in the ledger, or anyone else's declaration.
      const answer = (await response.json()) as EntryResponse | DeclarationResponse;
      return {
        kind,
        amountCents: answer.amountCents,
        occurredAt: answer.occurredAt,
        created: response.status === 201 || response.status === 202,
        declared: 'status' in answer && answer.status === 'declared',
      };
    },
    onSuccess: () => {
      idempotency.done();
      void client.invalidateQueries({ queryKey: keys.fund(fundId) });
    },
  });
}
