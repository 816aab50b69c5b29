import { useMutation, useQuery, useQueryClient } from '@tanstack/preact-query';
import { useState } from 'preact/hooks';
import { useSession } from '../../api/session.js';
import { formatDateTime } from '../../format/index.js';
import { useLocale } from '../../i18n/locale.js';
import { Button } from '../../ui/button.js';
import { ErrorMessage } from '../../ui/error-message.js';
import { QueryState } from '../../ui/query-state.js';
import { castBallot, fetchMyBallot, keys, type Ballot, type RoundDetail } from './api.js';
import { BallotItem, BallotMeter } from './ballot-items.js';
import { blockedBy, onBallot } from './ballot-rules.js';
import { Participation } from './participation.js';

/** What is saved: when, what it chose, and until when it can change. */
function SavedBallot({ round, saved }: { round: RoundDetail; saved: Ballot | null }) {
  const { locale, m } = useLocale();
  const t = m.rounds.ballot;
  const until = formatDateTime(round.votingEndsAt, locale);
  if (!saved) return <p class="panel">{t.notYet(until)}</p>;
  const titles = round.proposals.filter((p) => saved.choices.includes(p.id)).map((p) => p.title);
  return (
    <div class="panel">
      <p>{t.savedAt(formatDateTime(saved.castAt, locale), until)}</p>
      <p>{titles.length > 0 ? t.yourChoices(titles.join(', ')) : t.blank}</p>
    </div>
  );
}

function useSaveBallot(round: RoundDetail, onSaved: () => void) {
  const session = useSession();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (choices: string[]) => castBallot(round.id, choices),
    onSuccess: (ballot) => {
      queryClient.setQueryData(keys.ballot(round.id, session?.accountId ?? null), ballot);
      onSaved();
    },
  });
}

const sameChoices = (a: string[], b: string[]) =>
  a.length === b.length && a.every((id) => b.includes(id));

function BallotForm({ round, saved }: { round: RoundDetail; saved: Ballot | null }) {
  const { locale, m } = useLocale();
  const t = m.rounds.ballot;
  const proposals = onBallot(round.proposals);
  const [choices, setChoices] = useState(() =>
    (saved?.choices ?? []).filter((id) => proposals.some((p) => p.id === id)),
  );
  const [done, setDone] = useState(false);
  const save = useSaveBallot(round, () => setDone(true));
  const chosen = proposals.filter((p) => choices.includes(p.id));
  const toggle = (id: string) => (on: boolean) => {
    setDone(false);
    setChoices((c) => (on ? [...c, id] : c.filter((x) => x !== id)));
  };
  const unsaved = !sameChoices(choices, saved?.choices ?? []);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate(choices);
      }}
    >
      <SavedBallot round={round} saved={saved} />
      <p>
        {round.method.type === 'approval'
          ? t.approvalIntro(round.method.maxChoices)
          : t.knapsackIntro}
      </p>
      <ul class="ballot-list">
        {proposals.map((p) => (
          <BallotItem
            key={p.id}
            proposal={p}
            checked={choices.includes(p.id)}
            blocked={blockedBy(round, chosen, p)}
            onToggle={toggle(p.id)}
          />
        ))}
      </ul>
      <BallotMeter round={round} chosen={chosen} />
      {unsaved && saved && <p class="hint">{t.unsaved}</p>}
      <ErrorMessage error={save.error} />
      <p class="success" role="status">
        {done && t.saved(formatDateTime(round.votingEndsAt, locale))}
      </p>
      <Button type="submit" pending={save.isPending}>
        {t.save}
      </Button>
    </form>
  );
}

function MyBallot({ round }: { round: RoundDetail }) {
  const session = useSession();
  const ballot = useQuery({
    queryKey: keys.ballot(round.id, session?.accountId ?? null),
    queryFn: () => fetchMyBallot(round.id),
  });
  return (
    <QueryState query={ballot}>{(saved) => <BallotForm round={round} saved={saved} />}</QueryState>
  );
}

/** During voting: the ballot of the signed-in resident, saved with PUT, changeable until the end. */
export function BallotSection({ round }: { round: RoundDetail }) {
  const t = useLocale().m.rounds.ballot;
  const hasChoices = onBallot(round.proposals).length > 0;
  return (
    <section aria-labelledby="ballot-title">
      <h2 id="ballot-title">{t.title}</h2>
      {hasChoices ? (
        <Participation communes={round.communes}>
          <MyBallot round={round} />
        </Participation>
      ) : (
        <p class="panel">{t.nothing}</p>
      )}
    </section>
  );
}
