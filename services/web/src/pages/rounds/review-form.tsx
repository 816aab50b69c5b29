import { useMutation, useQueryClient } from '@tanstack/preact-query';
import { useRef, useState } from 'preact/hooks';
import { formatEuros } from '../../format/index.js';
import { useLocale } from '../../i18n/locale.js';
import { Button } from '../../ui/button.js';
import { ErrorMessage, fieldError } from '../../ui/error-message.js';
import { AmountField } from '../../ui/amount-field.js';
import { Field, TextField } from '../../ui/field.js';
import { keys, reviewProposal, type Proposal, type ReviewBody } from './api.js';
import {
  readReview,
  REVIEW_PATHS,
  reviewDraftOf,
  type ReviewDraft,
  type ReviewField,
  type ReviewProblems,
} from './review-draft.js';

interface FieldsProps {
  proposal: Proposal;
  draft: ReviewDraft;
  set: (field: ReviewField) => (value: string) => void;
  problem: (field: ReviewField) => string | undefined;
}

function ReviewFields({ proposal, draft, set, problem }: FieldsProps) {
  const { locale, m } = useLocale();
  const t = m.rounds.review;
  return (
    <fieldset class="choice-list">
      <legend>{t.legend}</legend>
      <Field label={t.reason} hint={t.reasonHint} error={problem('reason')}>
        {(wiring) => (
          <textarea
            {...wiring}
            rows={2}
            maxLength={1000}
            value={draft.reason}
            onInput={(e) => set('reason')(e.currentTarget.value)}
          />
        )}
      </Field>
      <AmountField
        label={t.adjustedCost}
        hint={t.adjustedCostHint(formatEuros(proposal.costCents, locale))}
        error={problem('cost')}
        value={draft.cost}
        onValue={set('cost')}
      />
      <TextField
        label={t.costNote}
        hint={t.costNoteHint}
        error={problem('costNote')}
        value={draft.costNote}
        onValue={set('costNote')}
        maxLength={500}
      />
    </fieldset>
  );
}

interface ReviewFormProps {
  roundId: string;
  proposal: Proposal;
  onDone: (feasible: boolean) => void;
}

/** A coordinator's verdict: feasible or not, with a public reason; the cost adjusted with a note. */
export function ReviewForm({ roundId, proposal, onDone }: ReviewFormProps) {
  const t = useLocale().m.rounds.review;
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState(() => reviewDraftOf(proposal));
  const [problems, setProblems] = useState<ReviewProblems>({});
  const form = useRef<HTMLFormElement>(null);
  const review = useMutation({
    mutationFn: (body: ReviewBody) => reviewProposal(roundId, proposal.id, body),
    onSuccess: async (_, body) => {
      await queryClient.invalidateQueries({ queryKey: keys.rounds });
      onDone(body.feasible);
    },
  });
  const decide = (feasible: boolean) => {
    const read = readReview(draft, feasible);
    if ('body' in read) return review.mutate(read.body);
    setProblems(read.problems);
    // The focus waits for the errors to be drawn, then lands on the first field to fix.
    setTimeout(() => form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
  };
  const set = (field: ReviewField) => (value: string) => {
    setDraft((d) => ({ ...d, [field]: value }));
    setProblems((p) => ({ ...p, [field]: undefined }));
  };
  const problem = (f: ReviewField) =>
    problems[f] ? t.errors[f] : fieldError(review.error, REVIEW_PATHS[f], t.errors[f]);
  return (
    <form ref={form} class="panel" noValidate onSubmit={(e) => e.preventDefault()}>
      <ReviewFields proposal={proposal} draft={draft} set={set} problem={problem} />
      <ErrorMessage error={review.error} />
      <div class="actions">
        <Button pending={review.isPending} onClick={() => decide(true)}>
          {t.feasible}
        </Button>
        <Button variant="danger" pending={review.isPending} onClick={() => decide(false)}>
          {t.notFeasible}
        </Button>
      </div>
    </form>
  );
}
