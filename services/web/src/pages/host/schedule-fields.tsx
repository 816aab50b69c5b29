import { useId } from 'preact/hooks';
import { parisDay } from '../../format/index.js';
import { useMessages } from '../../i18n/locale.js';
import { Field, TextField } from '../../ui/field.js';
import { monthlyRuleOf, type ScheduleDraft, type ScheduleField } from './schedule-draft.js';
import { VenueSelect } from './venue-select.js';

interface FieldsProps {
  draft: ScheduleDraft;
  update: (change: Partial<ScheduleDraft>) => void;
  errorOf: (field: ScheduleField) => string | undefined;
}

const INTERVALS = [1, 2, 3, 4, 5, 6, 7, 8];

function Check(props: {
  label: string;
  hint?: string;
  checked: boolean;
  onChange: (on: boolean) => void;
}) {
  const id = useId();
  return (
    <div class="host-check">
      <input
        type="checkbox"
        id={id}
        checked={props.checked}
        aria-describedby={props.hint ? `${id}-hint` : undefined}
        onChange={(e) => props.onChange((e.target as HTMLInputElement).checked)}
      />
      <label for={id}>{props.label}</label>
      {props.hint && (
        <p class="hint" id={`${id}-hint`}>
          {props.hint}
        </p>
      )}
    </div>
  );
}

function Select(props: {
  label: string;
  value: string;
  onValue: (v: string) => void;
  options: [string, string][];
}) {
  return (
    <Field label={props.label}>
      {(wiring) => (
        <select
          {...wiring}
          value={props.value}
          onChange={(e) => props.onValue((e.target as HTMLSelectElement).value)}
        >
          {props.options.map(([value, text]) => (
            <option key={value} value={value}>
              {text}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

function RepeatEnd({ draft, update, errorOf }: FieldsProps) {
  const t = useMessages().host.schedule;
  return (
    <>
      <Select
        label={t.end}
        value={draft.end}
        onValue={(end) => update({ end: end as ScheduleDraft['end'] })}
        options={[
          ['count', t.endCount],
          ['until', t.endUntil],
        ]}
      />
      {draft.end === 'count' ? (
        <TextField
          label={t.count}
          hint={t.countHint}
          value={draft.count}
          onValue={(count) => update({ count })}
          error={errorOf('count')}
          inputMode="numeric"
          maxLength={3}
        />
      ) : (
        <TextField
          label={t.until}
          type="date"
          value={draft.until}
          onValue={(until) => update({ until })}
          error={errorOf('until')}
          min={draft.date || undefined}
        />
      )}
    </>
  );
}

function RepeatFields(props: FieldsProps) {
  const { host } = useMessages();
  const t = host.schedule;
  const { draft, update } = props;
  const rule = monthlyRuleOf(draft.date);
  const monthlyHint = rule
    ? t.monthlyRule(rule.ordinal, host.weekdays[rule.weekday - 1] ?? '')
    : t.monthlyNeedsDay;
  return (
    <div class="host-repeat">
      <Check
        label={t.weekly}
        checked={draft.repeat === 'weekly'}
        onChange={(on) => update({ repeat: on ? 'weekly' : 'none' })}
      />
      {draft.repeat === 'weekly' && (
        <Select
          label={t.rhythm}
          value={draft.interval}
          onValue={(interval) => update({ interval })}
          options={INTERVALS.map((n) => [String(n), t.every(n)])}
        />
      )}
      <Check
        label={t.monthly}
        hint={monthlyHint}
        checked={draft.repeat === 'monthly'}
        onChange={(on) => update({ repeat: on ? 'monthly' : 'none' })}
      />
      {draft.repeat !== 'none' && <RepeatEnd {...props} />}
    </div>
  );
}

/** When, how long, how many, where, and how often (Paris time). */
export function ScheduleFields(props: FieldsProps) {
  const t = useMessages().host.schedule;
  const { draft, update, errorOf } = props;
  return (
    <>
      <div class="host-row">
        <TextField
          label={t.date}
          type="date"
          value={draft.date}
          onValue={(date) => update({ date })}
          error={errorOf('date')}
          min={parisDay(new Date())}
          required
        />
        <TextField
          label={t.time}
          type="time"
          step={300}
          value={draft.time}
          onValue={(time) => update({ time })}
          error={errorOf('time')}
          required
        />
      </div>
      <div class="host-row">
        <TextField
          label={t.duration}
          value={draft.duration}
          onValue={(duration) => update({ duration })}
          error={errorOf('duration')}
          inputMode="numeric"
          maxLength={3}
          required
        />
        <TextField
          label={t.capacity}
          value={draft.capacity}
          onValue={(capacity) => update({ capacity })}
          error={errorOf('capacity')}
          inputMode="numeric"
          maxLength={3}
          required
        />
      </div>
      <VenueSelect
        label={t.venue}
        placeholder={t.chooseVenue}
        value={draft.venueId}
        onValue={(venueId) => update({ venueId })}
        error={errorOf('venueId')}
        required
      />
      <RepeatFields {...props} />
    </>
  );
}
