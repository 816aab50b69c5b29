import type { ComponentChildren } from 'preact';
import { useMessages } from '../../i18n/locale.js';
import type { Summary } from './api.js';
import { useFundFormat } from './format.js';

function Figure({
  label,
  value,
  hint,
  children,
}: {
  label: string;
  value: string;
  hint?: string;
  children?: ComponentChildren;
}) {
  return (
    <div class="figure">
      <dt>{label}</dt>
      <dd>{value}</dd>
      {hint && <dd class="hint">{hint}</dd>}
      {children}
    </div>
  );
}

/**
 * What the fund delivered, first on the page: participant-hours in large print (a person
 * present for one hour counts one), then sessions, people and workshop hours.
 */
export function DeliveredFigures({ summary }: { summary: Summary }) {
  const t = useMessages().funds.figures;
  const f = useFundFormat();
  const d = summary.delivered;
  return (
    <section aria-labelledby="fund-delivered-title">
      <h2 id="fund-delivered-title">{t.deliveredTitle}</h2>
      <dl class="figures">
        <div class="figure figure--main">
          <dt>{t.participantHours}</dt>
          <dd>{f.number(d.participantHours)}</dd>
          <dd class="hint">{t.participantHoursHint}</dd>
        </div>
        <Figure label={t.sessions} value={f.number(d.sessions, 0)} />
        <Figure label={t.attendees} value={f.number(d.attendees, 0)} />
        <Figure label={t.workshopHours} value={f.hours(d.workshopHours)} />
      </dl>
    </section>
  );
}

/** Where the money stands: target, received (and its progress), pledged, spent, balance. */
export function MoneyFigures({ summary }: { summary: Summary }) {
  const t = useMessages().funds.figures;
  const v = useMessages().volunteering;
  const f = useFundFormat();
  const { totals } = summary;
  const progress = summary.targetCents > 0 ? totals.contributedCents / summary.targetCents : 0;
  return (
    <section aria-labelledby="fund-money-title">
      <h2 id="fund-money-title">{t.moneyTitle}</h2>
      <dl class="figures">
        <Figure
          label={t.contributed}
          value={f.euros(totals.contributedCents)}
          hint={t.ofTarget(f.percent(progress), f.euros(summary.targetCents))}
        >
          <dd aria-hidden="true">
            <svg class="progress" viewBox="0 0 100 6" preserveAspectRatio="none" aria-hidden="true">
              <rect x="0" y="0" width="100" height="6" class="progress__track" />
              <rect
                x="0"
                y="0"
                width={Math.min(100, progress * 100)}
                height="6"
                class="bar bar--0"
              />
            </svg>
          </dd>
        </Figure>
        <Figure label={t.pledged} value={f.euros(totals.pledgedCents)} hint={t.pledgedHint} />
        <Figure label={t.spent} value={f.euros(totals.spentCents)} />
        <Figure label={t.balance} value={f.euros(totals.balanceCents)} hint={t.balanceHint} />
        {summary.inKind.volunteerHours > 0 && (
          <Figure
            label={v.inKind}
            value={f.hours(summary.inKind.volunteerHours)}
            hint={v.inKindValue(
              f.hours(summary.inKind.volunteerHours),
              f.euros(summary.inKind.valuedCents),
            )}
          />
        )}
        {totals.allocatedCents > 0 && (
          <Figure
            label={t.allocated}
            value={f.euros(totals.allocatedCents)}
            hint={t.available(f.euros(totals.availableCents))}
          />
        )}
      </dl>
    </section>
  );
}
