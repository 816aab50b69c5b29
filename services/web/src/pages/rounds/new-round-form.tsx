import { useMutation, useQueryClient } from '@tanstack/preact-query';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useLocation } from 'wouter-preact';
import { useCommunes, type Commune } from '../../api/communes.js';
import { ApiError } from '../../api/problem.js';
import { useMessages } from '../../i18n/locale.js';
import { Button } from '../../ui/button.js';
import { ErrorMessage } from '../../ui/error-message.js';
import { QueryState } from '../../ui/query-state.js';
import { createRound, keys, type Fund, type RoundBody } from './api.js';
import { useIdempotencyKey } from '../../api/idempotency.js';
import { BasicsFields, MethodField } from './new-round-basics.js';
import { CommunesField } from './new-round-communes.js';
import {
  defaultDraft,
  readRoundDraft,
  serverProblemKey,
  type RoundDraft,
} from './new-round-draft.js';
import { ScheduleFields } from './new-round-schedule.js';

function useCreateRound() {
  const queryClient = useQueryClient();
  const [, navigate] = useLocation();
  const idempotency = useIdempotencyKey();
  return useMutation({
    mutationFn: (body: RoundBody) => createRound(body, idempotency.keyFor(body)),
    onSuccess: async (round) => {
      idempotency.done();
      await queryClient.invalidateQueries({ queryKey: keys.rounds });
      navigate(`/rounds/${round.id}`);
    },
  });
}

function initialDraft(funds: Fund[]): RoundDraft {
  const fund = funds[0];
  return {
    ...defaultDraft(Date.now()),
    fundId: fund?.id ?? '',
    communes: [...(fund?.memberCommunes ?? [])],
  };
}

function RoundForm({ funds, communes }: { funds: Fund[]; communes: Commune[] }) {
  const m = useMessages();
  const t = m.rounds.create;
  const [draft, setDraft] = useState(() => initialDraft(funds));
  // After a first try, the problems follow the form as it is corrected.
  const [attempt, setAttempt] = useState(0);
  const read = readRoundDraft(draft, t.errors, t.steps);
  const problems = attempt > 0 && 'problems' in read ? read.problems : {};
  const create = useCreateRound();
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (attempt > 0) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [attempt]);
  const update = (patch: Partial<RoundDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const serverFields = create.error instanceof ApiError ? create.error.fieldErrors : {};
  const serverKeys = new Set(Object.keys(serverFields).map(serverProblemKey));
  const problem = (key: string) =>
    problems[key] ?? (serverKeys.has(key) ? m.errors.field : undefined);
  const submit = (e: Event) => {
    e.preventDefault();
    setAttempt((n) => n + 1);
    if ('body' in read) create.mutate(read.body);
  };
  const parts = { draft, update, problem };
  return (
    <form ref={form} onSubmit={submit} noValidate>
      <BasicsFields {...parts} funds={funds} />
      <CommunesField {...parts} communes={communes} />
      <MethodField {...parts} />
      <ScheduleFields {...parts} />
      <ErrorMessage error={create.error} />
      <Button type="submit" pending={create.isPending}>
        {t.submit}
      </Button>
    </form>
  );
}

/** Loads the funds and communes the form offers, then the form. */
export function NewRoundForm({ funds }: { funds: Fund[] }) {
  const communes = useCommunes();
  return (
    <QueryState query={communes}>
      {(list) => <RoundForm funds={funds} communes={list} />}
    </QueryState>
  );
}
