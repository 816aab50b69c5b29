import type { bookings as fr } from '../fr/bookings.js';

export const bookings: typeof fr = {
  state: {
    confirmed: 'Booking confirmed',
    waitlisted: 'You are on the waiting list',
    waitlistedAt: (n: number) => `You are on the waiting list, at position ${n}.`,
    ahead: (n: number) =>
      n <= 1
        ? 'You are the next person to be offered a seat.'
        : `${n - 1} ${n === 2 ? 'person is' : 'people are'} ahead of you.`,
    waitlistedHint:
      'If a seat frees up, we offer it to you by email and right here. You will then have a little time to accept it.',
    offered: 'A seat has freed up for you!',
    offerExpires: (when: string) =>
      `It is held for you until ${when}. Without an answer, it goes to the next person.`,
    cancelled: 'Booking cancelled',
    expired: 'Offer expired',
    expiredHint: 'The time to accept the seat has passed: it was offered to someone else.',
    seats: (n: number) => (n === 1 ? '1 seat' : `${n} seats`),
    reason: (reason: string) => `Reason: ${reason}`,
    causes: {
      resident: 'You cancelled this booking.',
      host: 'The workshop host cancelled this booking.',
      coordinator: 'The coordination team cancelled this booking.',
      declined: 'You declined the seat offered.',
      'session-cancelled': 'The session was cancelled.',
    },
    attended: 'You were there: thank you for coming!',
    noShow: 'You were marked absent.',
  },
  book: {
    seats: 'Number of seats',
    seatsHint: (max: number) => `For you and the people coming with you (${max} at most).`,
    submit: 'Book',
    full: 'This session is full: booking puts you on the waiting list. If a seat frees up, we offer it to you.',
    done: 'Done! You will find this booking in “My bookings”.',
  },
  offer: {
    accept: 'Accept the seat',
    decline: 'Decline',
    declineQuestion:
      'Decline this seat? It will be offered to the next person and you will leave the waiting list.',
    declineConfirm: 'Yes, decline the seat',
    keep: 'Keep the offer',
    accepted: 'Seat accepted: your booking is confirmed.',
    declined: 'You declined the seat. It is being offered to the next person.',
  },
  cancel: {
    open: 'Cancel my booking',
    reason: 'Reason (optional)',
    reasonHint: 'It helps the host get organised.',
    cutoff: 'You can cancel online until 24 hours before the session starts.',
    confirm: 'Confirm the cancellation',
    keep: 'Keep my booking',
    done: 'Your booking is cancelled. Thank you for letting us know: the seat can go to someone else.',
  },
  leave: {
    open: 'Leave the waiting list',
    confirm: 'Confirm: leave the list',
    keep: 'Stay on the list',
    done: 'You have left the waiting list.',
  },
  list: {
    title: 'My bookings',
    intro: 'Your booked seats, your waiting lists and the seats offered to you.',
    tabs: 'Which bookings',
    upcoming: 'Upcoming',
    past: 'Past',
    emptyUpcoming: 'You have no upcoming booking.',
    emptyPast: 'You have no past booking yet.',
    browse: 'Find a workshop',
    more: 'See more bookings',
    details: 'Booking details',
    unknownSession: 'Session being updated',
    sessionCancelled: 'Session cancelled',
  },
  one: {
    title: 'My booking',
    seeSession: 'See the session page',
    all: 'All my bookings',
  },
  calendar: {
    title: 'My bookings in my calendar',
    intro:
      'With this link, your booked sessions appear in the calendar of your phone or computer, and stay up to date by themselves.',
    create: 'Get my calendar link',
    createHint: 'A new link replaces the previous one, which stops working.',
    url: 'Your personal calendar link',
    urlHint:
      'This link is secret: do not share it. It will not be shown again, so add it to your calendar now.',
    copy: 'Copy the link',
    copied: 'Link copied. Paste it into your calendar.',
    copyFailed: 'Copying did not work: select the link, then copy it.',
    subscribe: 'Add to my calendar',
    howTo: 'How to add it',
    iphone: 'iPhone or iPad: tap “Add to my calendar”, then “Subscribe”.',
    android:
      'Android: on a computer, open Google Calendar, then “Other calendars” › “From URL”, and paste the link. It will then show on your phone.',
    other:
      'Another calendar: look for “Subscribe to calendar” or “Add by URL”, then paste the link.',
    revoke: 'Delete my calendar link',
    revokeHint:
      'Once the link is deleted, your sessions disappear from the calendar where you added it.',
    revoked: 'Your calendar link is deleted: it no longer works.',
    noLink: 'You had no active calendar link: there is nothing to delete.',
  },
};
