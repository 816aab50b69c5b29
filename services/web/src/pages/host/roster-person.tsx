import { useMutation, useQueryClient } from '@tanstack/preact-query';
import { useRef } from 'preact/hooks';
import { ApiError } from '../../api/problem.js';
import { communeName } from '../../format/index.js';
import { useMessages } from '../../i18n/locale.js';
import { ErrorMessage } from '../../ui/error-message.js';
import { Field } from '../../ui/field.js';
import { KEYS, recordAttendance, type AttendanceMark, type RosterBooking } from './api.js';

interface MarkButtonProps {
  text: string;
  name: string;
  pressed: boolean;
  pending: boolean;
  onClick: () => void;
}

/** A big toggle: its state shows as a tick and a filled style, and is said by aria-pressed. */
function MarkButton({ text, name, pressed, pending, onClick }: MarkButtonProps) {
  return (
    <button
      type="button"
      class={`button host-mark ${pressed ? 'button--primary' : 'button--secondary'}`}
      aria-pressed={pressed}
      aria-busy={pending || undefined}
      onClick={onClick}
    >
      <span aria-hidden="true" class="host-tick">
        {pressed ? '✓' : ''}
      </span>
      {text}
      <span class="visually-hidden"> : {name}</span>
    </button>
  );
}

interface MarkInput {
  mark: AttendanceMark;
  attendedSeats?: number;
}

function CameCount({
  booking,
  name,
  onPick,
}: {
  booking: RosterBooking;
  name: string;
  onPick: (n: number) => void;
}) {
  const t = useMessages().host.roster;
  const seats = Array.from({ length: booking.seats }, (_, i) => i + 1);
  return (
    <Field label={t.cameCount(name)}>
      {(wiring) => (
        <select
          {...wiring}
          value={String(booking.attendedSeats ?? booking.seats)}
          onChange={(e) => onPick(Number((e.target as HTMLSelectElement).value))}
        >
          {seats.map((n) => (
            <option key={n} value={String(n)}>
              {n}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

interface PersonProps {
  booking: RosterBooking;
  sessionId: string;
  editable: boolean;
  announce: (text: string) => void;
}

/**
 * Marks one booking. Taps are never lost nor crossed: one made while the previous is on its
 * way is sent right after it, so the last tap is what the roster keeps.
 */
function useMark(sessionId: string, booking: RosterBooking, announce: (text: string) => void) {
  const t = useMessages().host.roster;
  const queryClient = useQueryClient();
  const queued = useRef<MarkInput | null>(null);
  const name = booking.resident.displayName ?? t.unnamed;
  const mark = useMutation({
    mutationFn: (input: MarkInput) =>
      recordAttendance(sessionId, { marks: [{ bookingId: booking.bookingId, ...input }] }),
    onSuccess: (roster, input) => {
      queryClient.setQueryData(KEYS.roster(sessionId), roster);
      announce(t.announce(name, t.state[input.mark]));
    },
    // Closed meanwhile (by a co-host): the closed summary replaces the buttons.
    onError: (error) => {
      queued.current = null;
      if (error instanceof ApiError && error.code === 'ROSTER_CLOSED')
        void queryClient.invalidateQueries({ queryKey: KEYS.roster(sessionId) });
    },
    onSettled: () => {
      const next = queued.current;
      queued.current = null;
      if (next) mark.mutate(next);
    },
  });
  const tap = (input: MarkInput) => {
    if (mark.isPending) queued.current = input;
    else mark.mutate(input);
  };
  return { tap, mark };
}

/** One booked person: who, their state in words, and « Présent » / « Absent » in one tap. */
export function RosterPerson({ booking, sessionId, editable, announce }: PersonProps) {
  const t = useMessages().host.roster;
  const name = booking.resident.displayName ?? t.unnamed;
  // Buttons stay enabled while sending (disabling them would drop the keyboard focus).
  const { tap, mark } = useMark(sessionId, booking, announce);
  const state = booking.attendance ?? 'none';
  const partly =
    state === 'attended' && booking.attendedSeats !== null && booking.attendedSeats < booking.seats;
  const stateLine = [
    t.stateLabel,
    t.state[state],
    partly && t.partly(booking.attendedSeats ?? 0, booking.seats),
  ]
    .filter(Boolean)
    .join(' ');
  const confirmed = booking.status === 'confirmed';
  return (
    <li class="host-person">
      <p class="host-person-name">
        <strong>{name}</strong>
        {booking.resident.commune && (
          <span class="muted"> · {communeName(booking.resident.commune)}</span>
        )}
        {booking.seats > 1 && <span class="muted"> · {t.seats(booking.seats)}</span>}
      </p>
      <p>{confirmed ? stateLine : t.offered}</p>
      {editable && confirmed && (
        <div class="host-marks">
          <MarkButton
            text={t.present}
            name={name}
            pressed={state === 'attended'}
            pending={mark.isPending && mark.variables.mark === 'attended'}
            onClick={() => tap({ mark: 'attended' })}
          />
          <MarkButton
            text={t.absent}
            name={name}
            pressed={state === 'no-show'}
            pending={mark.isPending && mark.variables.mark === 'no-show'}
            onClick={() => tap({ mark: 'no-show' })}
          />
        </div>
      )}
      {editable && state === 'attended' && booking.seats > 1 && (
        <CameCount
          booking={booking}
          name={name}
          onPick={(n) => tap({ mark: 'attended', attendedSeats: n })}
        />
      )}
      <ErrorMessage error={mark.error} />
    </li>
  );
}
