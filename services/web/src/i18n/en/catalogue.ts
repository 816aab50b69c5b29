import type { catalogue as fr } from '../fr/catalogue.js';

export const catalogue: typeof fr = {
  kinds: {
    cooking: 'Cooking',
    gardening: 'Gardening',
    repair: 'Repair',
    sewing: 'Sewing',
    other: 'Other',
  },
  home: {
    title: 'Workshops near you',
    intro:
      'Fabrique is the shared workshops of the Royans-Vercors communes: repair cafés, cooking, gardening, sewing… Find a session you like and book your seat, we look forward to seeing you!',
  },
  filters: {
    title: 'Find a session',
    kind: 'Kind of workshop',
    anyKind: 'All kinds',
    commune: 'Commune',
    anyCommune: 'All communes',
    date: 'From',
    weekDate: 'Week of',
    q: 'Keywords',
    qHint: 'For example “bike” or “jam”.',
    available: 'Seats available only',
    submit: 'Search',
    reset: 'Clear filters',
  },
  views: {
    label: 'Display',
    list: 'List',
    week: 'Week',
  },
  results: {
    count: (n: number, more: boolean) =>
      n === 0
        ? 'No session found.'
        : `${more ? 'First ' : ''}${n} session${n === 1 ? '' : 's'} found.`,
    empty: 'No session matches your search. Try another date, another commune or fewer filters.',
    more: 'See more sessions',
  },
  week: {
    title: (from: string, to: string) => `Week of ${from} to ${to}`,
    previous: 'Previous week',
    next: 'Next week',
    nav: 'Change week',
    none: 'No session',
    today: 'Today',
    truncated: 'There are many sessions this week: add a filter to see them all.',
  },
  card: {
    seatsLeft: (n: number) =>
      n <= 0 ? 'Full: waiting list' : n === 1 ? '1 seat left' : `${n} seats left`,
    venueAndCommune: (venue: string, commune: string) => `${venue}, ${commune}`,
  },
  session: {
    title: 'Session',
    back: 'Back to the workshops',
    about: 'The workshop',
    when: 'When',
    duration: 'Duration',
    where: 'Where',
    hosts: 'Run by',
    price: 'Contribution',
    free: 'Free',
    suggested: (amount: string) => `Pay what you can, ${amount} suggested`,
    accessibility: 'Accessibility',
    seats: 'Seats',
    seatsLeft: (left: number, capacity: number) =>
      left <= 0
        ? `Full (${capacity} ${capacity === 1 ? 'seat' : 'seats'})`
        : `${left} ${left === 1 ? 'seat' : 'seats'} left out of ${capacity}`,
    waitlist: (n: number) =>
      n === 0
        ? 'Nobody on the waiting list'
        : n === 1
          ? '1 person on the waiting list'
          : `${n} people on the waiting list`,
    booking: 'Booking',
    cancelled: 'This session is cancelled.',
    cancelledReason: (reason: string) => `Reason given: ${reason}`,
    completed: 'This session has taken place.',
    started: 'This session has already started: booking is closed.',
    notYetOpen: (when: string) => `Booking opens on ${when}.`,
    closed:
      'Online booking is closed for this session. You may come and ask whether a seat is left.',
    signIn: 'Sign in to book',
    signUp: 'Create an account',
    signInHint: 'To book a seat, sign in to your Fabrique account, or create one: it is free.',
  },
};
