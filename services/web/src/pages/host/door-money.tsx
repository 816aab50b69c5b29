import { parseEuros } from '../../format/money.js';
import { useMessages } from '../../i18n/locale.js';
import { AmountField } from '../../ui/amount-field.js';
import { TextField } from '../../ui/field.js';

/** What the host typed: euros per means of payment, and how many paid. */
export interface DoorDraft {
  cash: string;
  cheque: string;
  card: string;
  payers: string;
}

export const EMPTY_DOOR: DoorDraft = { cash: '', cheque: '', card: '', payers: '' };

export interface Collected {
  cashCents: number;
  chequeCents: number;
  cardCents: number;
  payers: number | null;
}

export type DoorMeans = 'cash' | 'cheque' | 'card';
type Means = DoorMeans;
const MEANS: Means[] = ['cash', 'cheque', 'card'];

/** The door money as the API wants it (undefined when nothing was typed), or the fields to fix. */
export function readDoor(draft: DoorDraft): { collected?: Collected } | { problems: Means[] } {
  const cents = (text: string) => (text.trim() === '' ? 0 : parseEuros(text));
  const values = MEANS.map((m) => cents(draft[m]));
  const problems = MEANS.filter((_, i) => values[i] === null);
  if (problems.length > 0) return { problems };
  const [cashCents = 0, chequeCents = 0, cardCents = 0] = values as number[];
  if (cashCents + chequeCents + cardCents === 0) return {};
  const payers = /^\d{1,3}$/.test(draft.payers.trim()) ? Number(draft.payers.trim()) : null;
  return { collected: { cashCents, chequeCents, cardCents, payers } };
}

/** The money taken at the door, typed while closing attendance. */
export function DoorMoneyFields(props: {
  draft: DoorDraft;
  problems: Means[];
  onDraft: (draft: DoorDraft) => void;
}) {
  const t = useMessages().host.close;
  const { draft, problems, onDraft } = props;
  return (
    <fieldset class="door-money">
      <legend>{t.door}</legend>
      <p class="hint">{t.doorHint}</p>
      {MEANS.map((means) => (
        <AmountField
          key={means}
          label={t[means]}
          value={draft[means]}
          maxLength={12}
          onValue={(value) => onDraft({ ...draft, [means]: value })}
          error={problems.includes(means) ? t.amountError : undefined}
        />
      ))}
      <TextField
        label={t.payers}
        value={draft.payers}
        inputMode="numeric"
        maxLength={3}
        onValue={(value) => onDraft({ ...draft, payers: value })}
      />
    </fieldset>
  );
}
