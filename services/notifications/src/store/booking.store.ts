import type { NotificationsModels } from './models.js';

export interface StoredBooking {
  _id: string;
  sessionId: string;
  residentId: string;
  seats: number;
  status: 'confirmed' | 'waitlisted' | 'offered' | 'cancelled' | 'expired';
  cause: string | null;
  /** When the booking took its current status (the event's time). */
  statusSince: Date;
  version: number;
}

const ACTIVE = ['confirmed', 'offered', 'waitlisted'];

/** Bookings still holding or waiting for a seat. */
export async function activeBookingsOf(
  models: NotificationsModels,
  sessionId: string,
): Promise<StoredBooking[]> {
  return models.bookings.find({ sessionId, status: { $in: ACTIVE } }).lean<StoredBooking[]>();
}

/** Everyone a session cancellation concerns: still booked, or cancelled because of it. */
export async function bookingsHitByCancellation(
  models: NotificationsModels,
  sessionId: string,
): Promise<StoredBooking[]> {
  const bookings = await models.bookings.find({ sessionId }).lean<StoredBooking[]>();
  return bookings.filter((b) => ACTIVE.includes(b.status) || b.cause === 'session-cancelled');
}
