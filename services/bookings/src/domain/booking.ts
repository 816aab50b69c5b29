import type { ATTENDANCE_MARKS, BOOKING_STATUSES, CANCELLATION_CAUSES } from '@fabrique/contracts';

export type BookingStatus = (typeof BOOKING_STATUSES)[number];
export type AttendanceMark = (typeof ATTENDANCE_MARKS)[number];
export type CancellationCause = (typeof CANCELLATION_CAUSES)[number];

export interface Cancellation {
  cause: CancellationCause;
  reason: string | null;
  by: string;
  at: Date;
}

export interface Booking {
  id: string;
  sessionId: string;
  workshopId: string;
  residentId: string;
  bookedBy: string;
  seats: number;
  status: BookingStatus;
  seatNos: number[];
  ticket: number | null;
  offerExpiresAt: Date | null;
  attendance: AttendanceMark | null;
  attendedSeats: number | null;
  cancellation: Cancellation | null;
  createdAt: Date;
  updatedAt: Date;
  version: number;
}

/** Who books what: the booking's id, its session, for whom, by whom, how many seats. */
export interface BookingDraft {
  id: string;
  sessionId: string;
  workshopId: string;
  residentId: string;
  bookedBy: string;
  seats: number;
}

/** A booking before any seat or place in line: confirm or waitlist it (transitions.ts). */
export function draftBooking(draft: BookingDraft, now: Date): Booking {
  return {
    ...draft,
    status: 'confirmed',
    seatNos: [],
    ticket: null,
    offerExpiresAt: null,
    attendance: null,
    attendedSeats: null,
    cancellation: null,
    createdAt: now,
    updatedAt: now,
    version: 1,
  };
}

/** Still counts: holds seats or a place in line. */
export function isActive(booking: Pick<Booking, 'status'>): boolean {
  return (
    booking.status === 'confirmed' ||
    booking.status === 'waitlisted' ||
    booking.status === 'offered'
  );
}

/** Seats are held for it (an offer holds them until it is accepted or expires). */
export function holdsSeats(booking: Pick<Booking, 'status'>): boolean {
  return booking.status === 'confirmed' || booking.status === 'offered';
}

/** The fields a transition changes; the store bumps the version. */
export type BookingChange = Partial<
  Pick<
    Booking,
    | 'status'
    | 'seatNos'
    | 'offerExpiresAt'
    | 'attendance'
    | 'attendedSeats'
    | 'cancellation'
    | 'updatedAt'
  >
>;

export function applyChange(booking: Booking, change: BookingChange): Booking {
  return { ...booking, ...change, version: booking.version + 1 };
}
