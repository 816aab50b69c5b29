import { formatDateTime } from '../../format/index.js';
import { useLocale } from '../../i18n/locale.js';
import type { Phase } from './api.js';
import type { Schedule } from './phase.js';

/** The phases with their dates, in words; the current one marked (not by colour alone). */
export function Timeline({ schedule, current }: { schedule: Schedule; current?: Phase }) {
  const { locale, m } = useLocale();
  const t = m.rounds.timeline;
  const at = (iso: string) => formatDateTime(iso, locale);
  const steps: [Phase, string][] = [
    ['proposals', t.proposals(at(schedule.proposalsOpenAt), at(schedule.reviewStartsAt))],
    ['review', t.review(at(schedule.reviewStartsAt), at(schedule.votingStartsAt))],
    ['voting', t.voting(at(schedule.votingStartsAt), at(schedule.votingEndsAt))],
    ['results', t.results(at(schedule.votingEndsAt))],
    ['closed', t.closed(at(schedule.closesAt))],
  ];
  return (
    <ol class="round-timeline">
      {steps.map(([phase, text]) => (
        <li key={phase} aria-current={phase === current ? 'step' : undefined}>
          {text}
          {phase === current && <strong> {t.current}</strong>}
        </li>
      ))}
    </ol>
  );
}
