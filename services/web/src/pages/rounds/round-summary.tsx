import { communeName, formatDateTime, formatEuros } from '../../format/index.js';
import { useLocale } from '../../i18n/locale.js';
import type { Round } from './api.js';
import { endOf, startOf } from './phase.js';

type NextTexts = ReturnType<typeof useLocale>['m']['rounds']['next'];

/** The step after this one and its date, if there is one worth saying. */
function nextSentence(round: Round, next: NextTexts, at: (iso: string) => string): string {
  switch (round.phase) {
    case 'upcoming':
    case 'proposals':
    case 'review':
      return next[round.phase](at(round.votingStartsAt));
    case 'voting':
      return next.voting(at(round.votingEndsAt));
    default:
      return '';
  }
}

/** The phase in words and what happens now, until when. */
export function PhaseNow({ round }: { round: Round }) {
  const { locale, m } = useLocale();
  const t = m.rounds;
  const when =
    round.phase === 'upcoming'
      ? round.proposalsOpenAt
      : round.phase === 'closed'
        ? startOf(round, 'closed')
        : endOf(round, round.phase);
  const next = nextSentence(round, t.next, (iso) => formatDateTime(iso, locale));
  return (
    <p class="round-now">
      <span class="pill">
        <span class="visually-hidden">{t.phaseLabel}</span>
        {t.phases[round.phase]}
      </span>{' '}
      {when && t.now[round.phase](formatDateTime(when, locale))}
      {next && ` ${next}`}
    </p>
  );
}

/** Envelope, way of voting and who takes part. */
export function RoundFacts({ round }: { round: Round }) {
  const { locale, m } = useLocale();
  const t = m.rounds;
  const split =
    round.envelopesByCommune &&
    Object.entries(round.envelopesByCommune).map(([commune, cents]) =>
      t.envelopeShare(communeName(commune), formatEuros(cents, locale)),
    );
  return (
    <ul class="round-facts">
      <li>
        {t.envelope(formatEuros(round.envelopeCents, locale))}
        {split && ` ${t.envelopeSplit(split)}`}
      </li>
      <li>
        {round.method.type === 'approval'
          ? t.method.approval(round.method.maxChoices)
          : t.method.knapsack}
      </li>
      <li>{t.communes(round.communes.map(communeName).join(', '))}</li>
    </ul>
  );
}
