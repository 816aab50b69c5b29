import { useQuery } from '@tanstack/preact-query';
import { communeName } from '../../format/index.js';
import { useMessages } from '../../i18n/locale.js';
import { fieldError } from '../../ui/error-message.js';
import { AmountField } from '../../ui/amount-field.js';
import { Field, TextField } from '../../ui/field.js';
import { fetchKinds } from './api.js';
import { API_PATHS, type DraftField, type Problems, type ProposalDraft } from './proposal-draft.js';

export const KINDS_KEY = ['workshop-kinds'] as const;

interface FieldsProps {
  draft: ProposalDraft;
  set: (field: DraftField, value: string) => void;
  communes: string[];
  problems: Problems;
  /** The server's refusal, whose field errors show next to their fields. */
  error: unknown;
}

function ChoiceFields({ draft, set, communes, problems, error }: FieldsProps) {
  const t = useMessages().rounds.proposal;
  const kinds = useQuery({ queryKey: KINDS_KEY, queryFn: fetchKinds, staleTime: 600_000 });
  const options = kinds.data ?? [];
  // A kind the list does not know (older proposals) stays selectable as it is.
  const known = options.some((k) => k.id === draft.kind);
  const problem = (f: DraftField) =>
    problems[f] ? t.errors[f] : fieldError(error, API_PATHS[f], t.errors[f]);
  return (
    <>
      <Field label={t.commune} error={problem('commune')}>
        {(wiring) => (
          <select
            {...wiring}
            value={draft.commune}
            onChange={(e) => set('commune', e.currentTarget.value)}
          >
            {communes.map((c) => (
              <option key={c} value={c}>
                {communeName(c)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t.kind} error={problem('kind')}>
        {(wiring) => (
          <select
            {...wiring}
            value={draft.kind}
            onChange={(e) => set('kind', e.currentTarget.value)}
          >
            {!known && <option value={draft.kind}>{draft.kind}</option>}
            {options.map((k) => (
              <option key={k.id} value={k.id}>
                {k.label}
              </option>
            ))}
          </select>
        )}
      </Field>
    </>
  );
}

/** Every field the proposal schema takes, with the limits the API has. */
export function ProposalFields(props: FieldsProps) {
  const t = useMessages().rounds.proposal;
  const { draft, set, problems, error } = props;
  const problem = (f: DraftField) =>
    problems[f] ? t.errors[f] : fieldError(error, API_PATHS[f], t.errors[f]);
  return (
    <>
      <TextField
        label={t.title}
        hint={t.titleHint}
        error={problem('title')}
        value={draft.title}
        onValue={(v) => set('title', v)}
        maxLength={120}
        required
      />
      <Field label={t.description} hint={t.descriptionHint} error={problem('description')}>
        {(wiring) => (
          <textarea
            {...wiring}
            rows={5}
            maxLength={4000}
            required
            value={draft.description}
            onInput={(e) => set('description', e.currentTarget.value)}
          />
        )}
      </Field>
      <ChoiceFields {...props} />
      <AmountField
        label={t.cost}
        hint={t.costHint}
        error={problem('cost')}
        value={draft.cost}
        onValue={(v) => set('cost', v)}
        required
      />
    </>
  );
}
