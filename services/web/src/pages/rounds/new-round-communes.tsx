import { useId } from 'preact/hooks';
import type { Commune } from '../../api/communes.js';
import { formatEuros } from '../../format/index.js';
import { useLocale } from '../../i18n/locale.js';
import { AmountField } from '../../ui/amount-field.js';
import { parseEuros } from '../../format/money.js';
import type { PartProps } from './new-round-types.js';

function SplitFields({ draft, update, problem, communes }: PartProps & { communes: Commune[] }) {
  const { locale, m } = useLocale();
  const t = m.rounds.create;
  const chosen = communes.filter((c) => draft.communes.includes(c.id));
  const sum = chosen.reduce((a, c) => a + (parseEuros(draft.shares[c.id] ?? '') ?? 0), 0);
  const envelope = parseEuros(draft.envelope) ?? 0;
  return (
    <div class="panel">
      {chosen.map((c) => (
        <AmountField
          key={c.id}
          label={t.share(c.name)}
          error={problem(`share:${c.id}`)}
          value={draft.shares[c.id] ?? ''}
          onValue={(v) => update({ shares: { ...draft.shares, [c.id]: v } })}
        />
      ))}
      <p role="status">{t.splitTotal(formatEuros(sum, locale), formatEuros(envelope, locale))}</p>
      {problem('split') && <p class="error">{problem('split')}</p>}
    </div>
  );
}

/** A round for confirmed addresses only (one person, one confirmed address). */
function VerifiedOnlyField({ draft, update }: PartProps) {
  const t = useLocale().m.verification;
  const id = useId();
  return (
    <div class="choice-list">
      <label>
        <input
          type="checkbox"
          checked={draft.verifiedOnly}
          aria-describedby={`${id}-verified`}
          onChange={(e) => update({ verifiedOnly: e.currentTarget.checked })}
        />
        {t.roundOption}
      </label>
      <p class="hint" id={`${id}-verified`}>
        {t.roundOptionHint}
      </p>
    </div>
  );
}

/** Who votes (the fund's member communes by default) and, if wanted, each one's envelope. */
export function CommunesField(props: PartProps & { communes: Commune[] }) {
  const { draft, update, problem, communes } = props;
  const t = useLocale().m.rounds.create;
  const id = useId();
  const toggle = (commune: string, on: boolean) =>
    update({
      communes: on ? [...draft.communes, commune] : draft.communes.filter((c) => c !== commune),
    });
  const error = problem('communes');
  return (
    <>
      <fieldset class="choice-list" aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}>
        <legend>{t.communes}</legend>
        <p class="hint" id={`${id}-hint`}>
          {t.communesHint}
        </p>
        {communes.map((c) => (
          <label key={c.id}>
            <input
              type="checkbox"
              checked={draft.communes.includes(c.id)}
              onChange={(e) => toggle(c.id, e.currentTarget.checked)}
            />
            {c.name}
          </label>
        ))}
        {error && (
          <p class="error" id={`${id}-error`}>
            {error}
          </p>
        )}
      </fieldset>
      <div class="choice-list">
        <label>
          <input
            type="checkbox"
            checked={draft.split}
            aria-describedby={`${id}-split`}
            onChange={(e) => update({ split: e.currentTarget.checked })}
          />
          {t.split}
        </label>
        <p class="hint" id={`${id}-split`}>
          {t.splitHint}
        </p>
        {draft.split && <SplitFields {...props} />}
      </div>
      <VerifiedOnlyField {...props} />
    </>
  );
}
