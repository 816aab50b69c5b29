import { useMessages } from '../../i18n/locale.js';
import { Button } from '../../ui/button.js';
import { TextField } from '../../ui/field.js';
import { SelectField } from '../../ui/select-field.js';
import type { Roster } from './api.js';

/** Hours typed per volunteer's account id, in the order they were added (hosts first). */
export type VolunteerDraft = Record<string, string>;

export interface Volunteer {
  accountId: string;
  minutes: number;
}

/** « 2,5 » hours → 150 minutes; null when not a number of hours from 0 to 12. */
export function readHours(text: string): number | null {
  if (text.trim() === '') return 0;
  const hours = Number(text.trim().replace(',', '.'));
  return Number.isFinite(hours) && hours >= 0 && hours <= 12 ? Math.round(hours * 60) : null;
}

/** Everyone with hours, as the API wants them; null while one of the fields is wrong. */
export function readVolunteers(draft: VolunteerDraft): Volunteer[] | null {
  const read = Object.entries(draft).map(([accountId, text]) => ({
    accountId,
    minutes: readHours(text),
  }));
  if (read.some((v) => v.minutes === null)) return null;
  return (read as Volunteer[]).filter((v) => v.minutes > 0);
}

/** The session's hosts start with an empty field each: nobody has to give time. */
export const hostsDraft = (roster: Roster): VolunteerDraft =>
  Object.fromEntries(roster.hosts.map((h) => [h.id, '']));

interface Props {
  roster: Roster;
  me: string | undefined;
  draft: VolunteerDraft;
  onDraft: (draft: VolunteerDraft) => void;
}

/** Hours of the hosts and of the helpers a host adds from the roster (contributions in kind). */
export function VolunteerFields({ roster, me, draft, onDraft }: Props) {
  const v = useMessages().volunteering;
  const names = new Map<string, string>([
    ...roster.hosts.map((h) => [h.id, h.displayName ?? v.coHost] as const),
    ...roster.bookings.map((b) => [b.resident.id, b.resident.displayName ?? v.unnamed] as const),
  ]);
  const candidates = roster.bookings
    .filter((b) => !(b.resident.id in draft))
    .map((b) => ({ value: b.resident.id, label: names.get(b.resident.id) ?? v.unnamed }));
  const isHost = (id: string) => roster.hosts.some((h) => h.id === id);
  const without = (id: string) =>
    Object.fromEntries(Object.entries(draft).filter(([k]) => k !== id));
  return (
    <fieldset class="door-money">
      <legend>{v.legend}</legend>
      <p class="hint">{v.legendHint}</p>
      {Object.entries(draft).map(([id, text]) => (
        <div key={id} class="volunteer-row">
          <TextField
            label={id === me ? v.myHours : v.hoursOf(names.get(id) ?? v.unnamed)}
            value={text}
            inputMode="decimal"
            maxLength={5}
            onValue={(value) => onDraft({ ...draft, [id]: value })}
            error={readHours(text) === null ? v.myHoursError : undefined}
          />
          {!isHost(id) && (
            <Button variant="secondary" onClick={() => onDraft(without(id))}>
              {v.remove(names.get(id) ?? v.unnamed)}
            </Button>
          )}
        </div>
      ))}
      {candidates.length > 0 && (
        <SelectField
          label={v.addHelper}
          placeholder={v.addHelperPlaceholder}
          choices={candidates}
          value=""
          onValue={(id) => id && onDraft({ ...draft, [id]: '' })}
        />
      )}
    </fieldset>
  );
}
