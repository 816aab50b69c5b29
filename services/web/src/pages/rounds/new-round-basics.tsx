import { useMessages } from '../../i18n/locale.js';
import { AmountField } from '../../ui/amount-field.js';
import { Field, TextField } from '../../ui/field.js';
import type { Fund } from './api.js';
import type { PartProps } from './new-round-types.js';

/** Which fund pays, the round's name and its envelope. */
export function BasicsFields({ draft, update, problem, funds }: PartProps & { funds: Fund[] }) {
  const t = useMessages().rounds.create;
  const chooseFund = (id: string) => {
    const fund = funds.find((f) => f.id === id);
    // The voters are the fund's member communes unless the coordinator says otherwise.
    const members = fund?.memberCommunes ?? [];
    update({ fundId: id, ...(members.length > 0 && { communes: [...members] }) });
  };
  return (
    <>
      <Field label={t.fund} hint={t.fundHint} error={problem('fundId')}>
        {(wiring) => (
          <select
            {...wiring}
            value={draft.fundId}
            onChange={(e) => chooseFund(e.currentTarget.value)}
          >
            {funds.map((f) => (
              <option key={f.id} value={f.id}>
                {f.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <TextField
        label={t.name}
        hint={t.nameHint}
        error={problem('title')}
        value={draft.title}
        onValue={(title) => update({ title })}
        maxLength={120}
        required
      />
      <AmountField
        label={t.envelope}
        hint={t.envelopeHint}
        error={problem('envelopeCents')}
        value={draft.envelope}
        onValue={(envelope) => update({ envelope })}
        required
      />
    </>
  );
}

/** Approval (up to K choices) or knapsack (a basket within the envelope). */
export function MethodField({ draft, update, problem }: PartProps) {
  const t = useMessages().rounds.create;
  return (
    <>
      <fieldset class="choice-list">
        <legend>{t.method}</legend>
        {(['approval', 'knapsack'] as const).map((method) => (
          <label key={method}>
            <input
              type="radio"
              name="method"
              value={method}
              checked={draft.method === method}
              onChange={() => update({ method })}
            />
            {t[method]}
          </label>
        ))}
      </fieldset>
      {draft.method === 'approval' && (
        <TextField
          label={t.maxChoices}
          error={problem('maxChoices')}
          value={draft.maxChoices}
          onValue={(maxChoices) => update({ maxChoices })}
          type="number"
          min={1}
          max={50}
          step={1}
          inputMode="numeric"
        />
      )}
    </>
  );
}
