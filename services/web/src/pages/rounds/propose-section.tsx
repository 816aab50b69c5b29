import { useMutation, useQueryClient } from '@tanstack/preact-query';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useSession } from '../../api/session.js';
import { useMessages } from '../../i18n/locale.js';
import { keys, submitProposal, type ProposalBody, type RoundDetail } from './api.js';
import { useIdempotencyKey } from '../../api/idempotency.js';
import { Participation } from './participation.js';
import { emptyDraft } from './proposal-draft.js';
import { ProposalForm } from './proposal-form.js';

function ProposeForm({ round, onDone }: { round: RoundDetail; onDone: (title?: string) => void }) {
  const t = useMessages().rounds.proposal;
  const session = useSession();
  const queryClient = useQueryClient();
  const idempotency = useIdempotencyKey();
  const propose = useMutation({
    mutationFn: (body: ProposalBody) => submitProposal(round.id, body, idempotency.keyFor(body)),
    onSuccess: async (created) => {
      idempotency.done();
      await queryClient.invalidateQueries({ queryKey: keys.rounds });
      onDone(created.title);
    },
  });
  return (
    <div class="panel">
      <p>{t.intro}</p>
      <ProposalForm
        communes={round.communes}
        initial={emptyDraft(round.communes, session?.commune ?? null)}
        submitLabel={t.submit}
        pending={propose.isPending}
        error={propose.error}
        onSubmit={(body) => propose.mutate(body)}
        onCancel={() => onDone()}
      />
    </div>
  );
}

/** « Proposer un projet »: opens the form, which closes again once the project is sent. */
export function ProposeSection({ round }: { round: RoundDetail }) {
  const t = useMessages().rounds.proposal;
  const [open, setOpen] = useState(false);
  const [sent, setSent] = useState('');
  const opener = useRef<HTMLButtonElement>(null);
  const [closedOnce, setClosedOnce] = useState(false);
  useEffect(() => {
    if (!open && closedOnce) opener.current?.focus();
  }, [open, closedOnce]);
  const close = (title?: string) => {
    setSent(title ? t.sent(title) : '');
    setOpen(false);
    setClosedOnce(true);
  };
  return (
    <Participation communes={round.communes}>
      <p class="success" role="status">
        {sent}
      </p>
      {open ? (
        <ProposeForm round={round} onDone={close} />
      ) : (
        <p class="actions">
          <button
            ref={opener}
            type="button"
            class="button button--primary"
            onClick={() => {
              setSent('');
              setOpen(true);
            }}
          >
            {t.open}
          </button>
        </p>
      )}
    </Participation>
  );
}
