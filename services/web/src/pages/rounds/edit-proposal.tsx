import { useMutation, useQueryClient } from '@tanstack/preact-query';
import { useRef, useState } from 'preact/hooks';
import { useLocale } from '../../i18n/locale.js';
import { editProposal, keys, type Proposal, type ProposalBody, type RoundDetail } from './api.js';
import { changesOf, draftOf } from './proposal-draft.js';
import { ProposalForm } from './proposal-form.js';

/** « Modifier mon projet »: the author's own proposal, until the review starts. */
export function EditProposal({ round, proposal }: { round: RoundDetail; proposal: Proposal }) {
  const { locale, m } = useLocale();
  const t = m.rounds.proposal;
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState('');
  const opener = useRef<HTMLButtonElement>(null);
  const close = (message: string) => {
    setSaved(message);
    setOpen(false);
    // The form is gone: the focus goes back to the button that opened it.
    setTimeout(() => opener.current?.focus());
  };
  const edit = useMutation({
    mutationFn: (changes: Partial<ProposalBody>) => editProposal(round.id, proposal.id, changes),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: keys.rounds });
      close(t.saved);
    },
  });
  const submit = (body: ProposalBody) => {
    const changes = changesOf(proposal, body);
    if (Object.keys(changes).length === 0) close('');
    else edit.mutate(changes);
  };
  return (
    <>
      <p class="success" role="status">
        {saved}
      </p>
      {open ? (
        <ProposalForm
          communes={round.communes}
          initial={draftOf(proposal, locale)}
          submitLabel={t.save}
          pending={edit.isPending}
          error={edit.error}
          onSubmit={submit}
          onCancel={() => close('')}
        />
      ) : (
        <button
          ref={opener}
          type="button"
          class="button button--secondary"
          onClick={() => {
            setSaved('');
            edit.reset();
            setOpen(true);
          }}
        >
          {t.edit}
        </button>
      )}
    </>
  );
}
