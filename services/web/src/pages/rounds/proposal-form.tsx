import { useEffect, useRef, useState } from 'preact/hooks';
import { useMessages } from '../../i18n/locale.js';
import { Button } from '../../ui/button.js';
import { ErrorMessage } from '../../ui/error-message.js';
import type { ProposalBody } from './api.js';
import { readDraft, type DraftField, type Problems, type ProposalDraft } from './proposal-draft.js';
import { ProposalFields } from './proposal-fields.js';

interface ProposalFormProps {
  communes: string[];
  initial: ProposalDraft;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit: (body: ProposalBody) => void;
  onCancel: () => void;
}

/** Propose or edit a project: checked here first, so mistakes are said before anything is sent. */
export function ProposalForm(props: ProposalFormProps) {
  const { common } = useMessages();
  const [draft, setDraft] = useState(props.initial);
  const [problems, setProblems] = useState<Problems>({});
  const [attempt, setAttempt] = useState(0);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => form.current?.querySelector<HTMLElement>('input, textarea')?.focus(), []);
  // After a refused try, the first field to fix gets the focus (its error is read with it).
  useEffect(() => {
    if (attempt > 0) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [attempt, props.error]);
  const set = (field: DraftField, value: string) => {
    setDraft((d) => ({ ...d, [field]: value }));
    setProblems((p) => ({ ...p, [field]: undefined }));
  };
  const submit = (e: Event) => {
    e.preventDefault();
    const read = readDraft(draft, props.communes);
    setAttempt((n) => n + 1);
    if ('problems' in read) setProblems(read.problems);
    else props.onSubmit(read.body);
  };
  return (
    <form ref={form} onSubmit={submit} noValidate>
      <ProposalFields
        draft={draft}
        set={set}
        communes={props.communes}
        problems={problems}
        error={props.error}
      />
      <ErrorMessage error={props.error} />
      <div class="actions">
        <Button type="submit" pending={props.pending}>
          {props.submitLabel}
        </Button>
        <Button variant="secondary" onClick={props.onCancel}>
          {common.cancel}
        </Button>
      </div>
    </form>
  );
}
