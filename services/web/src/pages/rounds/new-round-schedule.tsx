import { useLocale } from '../../i18n/locale.js';
import { TextField } from '../../ui/field.js';
import type { ScheduleField } from './api.js';
import { scheduleOf, scheduleProblems, SCHEDULE_FIELDS, type WallTime } from './new-round-draft.js';
import type { PartProps } from './new-round-types.js';
import type { Schedule } from './phase.js';
import { Timeline } from './timeline.js';

function StepFields({ field, draft, update, problem }: PartProps & { field: ScheduleField }) {
  const t = useLocale().m.rounds.create;
  const wall = draft.schedule[field];
  const set = (patch: Partial<WallTime>) =>
    update({ schedule: { ...draft.schedule, [field]: { ...wall, ...patch } } });
  const error = problem(field);
  return (
    <div class="schedule-step">
      <TextField
        type="date"
        label={t.date(t.steps[field])}
        value={wall.day}
        onValue={(day) => set({ day })}
        error={error}
        required
      />
      <TextField
        type="time"
        label={t.time(t.steps[field])}
        value={wall.time}
        onValue={(time) => set({ time })}
        step={60}
        required
      />
    </div>
  );
}

/** The phase dates in Paris time, then the same calendar said back in words. */
export function ScheduleFields(props: PartProps) {
  const t = useLocale().m.rounds.create;
  const schedule = scheduleOf(props.draft);
  const complete = SCHEDULE_FIELDS.every((f) => schedule[f] !== null);
  // Said as soon as the dates are typed, not only when the form is sent.
  const order = Object.entries(scheduleProblems(props.draft, t.errors, t.steps))
    .filter(([field]) => !props.problem(field))
    .map(([, text]) => text);
  return (
    <>
      <fieldset class="choice-list">
        <legend>{t.schedule}</legend>
        <p class="hint">{t.scheduleHint}</p>
        {SCHEDULE_FIELDS.map((field) => (
          <StepFields key={field} field={field} {...props} />
        ))}
      </fieldset>
      {complete && (
        <section class="panel" aria-labelledby="schedule-summary">
          <h2 id="schedule-summary">{t.summaryTitle}</h2>
          <Timeline schedule={schedule as Schedule} />
          {order.map((text) => (
            <p key={text} class="error">
              {text}
            </p>
          ))}
        </section>
      )}
    </>
  );
}
