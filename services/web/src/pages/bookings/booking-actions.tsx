import type { Booking } from './api.js';
import { CancelForm } from './cancel-form.js';
import { OfferAnswer } from './offer-answer.js';

interface ActionsProps {
  booking: Booking;
  /** Set once the session has started: nothing can be changed online any more. */
  over?: boolean;
  onDone: (message: string) => void;
}

/** What the resident can do with a booking now: answer an offer, or give up a seat or a place. */
export function BookingActions({ booking, over = false, onDone }: ActionsProps) {
  if (over) return null;
  if (booking.status === 'offered') return <OfferAnswer booking={booking} onDone={onDone} />;
  if (booking.status === 'confirmed' || booking.status === 'waitlisted')
    return <CancelForm booking={booking} onDone={onDone} />;
  return null;
}
