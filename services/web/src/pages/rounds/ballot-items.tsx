import { useId } from 'preact/hooks';
import { communeName, formatEuros } from '../../format/index.js';
import { useLocale } from '../../i18n/locale.js';
import type { Proposal, Round } from './api.js';
import { tally, type Blocked } from './ballot-rules.js';

function useBlockedText(): (blocked: Blocked) => string {
  const { locale, m } = useLocale();
  const t = m.rounds.ballot;
  return (blocked) => {
    if (blocked.type === 'max') return t.tooMany(blocked.max);
    const missing = formatEuros(blocked.missingCents, locale);
    return blocked.type === 'envelope'
      ? t.tooExpensive(missing)
      : t.tooExpensiveIn(communeName(blocked.commune), missing);
  };
}

interface ItemProps {
  proposal: Proposal;
  checked: boolean;
  blocked: Blocked | null;
  onToggle: (checked: boolean) => void;
}

/** A checkbox named by the project's title; its cost, commune and, if so, why it is disabled. */
export function BallotItem({ proposal, checked, blocked, onToggle }: ItemProps) {
  const { locale, m } = useLocale();
  const blockedText = useBlockedText();
  const id = useId();
  return (
    <li class="card ballot-item">
      <input
        type="checkbox"
        id={id}
        checked={checked}
        disabled={blocked !== null}
        aria-describedby={`${id}-facts${blocked ? ` ${id}-why` : ''}`}
        onChange={(e) => onToggle(e.currentTarget.checked)}
      />
      <label for={id}>{proposal.title}</label>
      <p id={`${id}-facts`} class="muted">
        {m.rounds.facts([
          m.rounds.cost(formatEuros(proposal.costCents, locale)),
          communeName(proposal.commune),
        ])}
      </p>
      <p class="proposal-description">{proposal.description}</p>
      {proposal.review?.costNote && <p>{m.rounds.costNote(proposal.review.costNote)}</p>}
      {blocked && (
        <p id={`${id}-why`} class="hint">
          {blockedText(blocked)}
        </p>
      )}
    </li>
  );
}

/** « 2 sur 3 projets choisis » or « Il reste 1 250,00 € sur 5 000,00 € », said as it changes. */
export function BallotMeter({ round, chosen }: { round: Round; chosen: Proposal[] }) {
  const { locale, m } = useLocale();
  const t = m.rounds.ballot;
  const euros = (cents: number) => formatEuros(cents, locale);
  if (round.method.type === 'approval')
    return (
      <p class="ballot-meter" role="status">
        {t.chosen(chosen.length, round.method.maxChoices)}
      </p>
    );
  const { leftCents, byCommune } = tally(round, chosen);
  return (
    <div class="ballot-meter" role="status">
      <p>{t.left(euros(leftCents), euros(round.envelopeCents))}</p>
      {byCommune.map((c) => (
        <p key={c.commune}>
          {t.leftIn(communeName(c.commune), euros(c.leftCents), euros(c.envelopeCents))}
        </p>
      ))}
    </div>
  );
}
