import type { notifications as fr } from '../fr/notifications.js';

export const notifications: typeof fr = {
  title: 'Notifications',
  summary: (count: number) =>
    count === 0
      ? 'You have read everything.'
      : count === 1
        ? 'You have 1 unread notification.'
        : `You have ${count} unread notifications.`,
  empty: 'You have no notifications yet. They will show here when you book a workshop.',
  unread: 'Unread',
  read: 'Read',
  open: 'See the details',
  links: {
    bookings: 'See my booking',
    sessions: 'See the session',
    funds: 'See the fund',
    rounds: 'See the participatory budget',
  },
  markRead: 'Mark as read',
  markedRead: 'Notification marked as read.',
  markAllRead: 'Mark all as read',
  allMarked: 'All your notifications are marked as read.',
  loadMore: 'Show older notifications',
  loadingMore: 'Loading…',
  preferencesLink: 'Choose the notifications I receive',
  preferences: {
    title: 'My notification choices',
    intro: 'Choose what you receive by email and what you see here, in the app.',
    essentialIntro:
      'Some notifications are always sent: they tell you where and when you need to be (a seat offered to you, a cancelled booking, a moved or cancelled session).',
    kind: 'Notification',
    email: 'By email',
    inApp: 'In the app',
    essential: 'Always sent: you need it to know when to come.',
    checkbox: (channel: string, kind: string) => `${channel}: ${kind}`,
    save: 'Save my choices',
    saved: 'Your choices are saved.',
    back: 'Back to my notifications',
  },
  notes: {
    'share-behind': 'For the people who speak for a town hall.',
    'round-phase': 'Off at first: tick to hear about each step.',
    'account-security': 'For your safety, in case it was not you.',
  },
  kinds: {
    'booking-confirmed': 'Booking confirmed',
    'booking-waitlisted': 'Added to a waiting list',
    'booking-offered': 'Seat offered from the waiting list',
    'booking-offer-expired': 'Seat offer expired',
    'booking-cancelled': 'Booking cancelled',
    'booking-promoted': 'Seat obtained from the waiting list',
    'session-rescheduled': 'Session moved',
    'session-cancelled': 'Session cancelled',
    'session-reminder': 'Reminder the day before a session',
    'attendance-thanks': 'Report after a session',
    'share-behind': 'A commune behind on its payments to the fund',
    'contribution-decided': 'A payment you declared, confirmed or refused',
    'round-phase': 'Participatory budget steps',
    'account-security': 'Password or address changed',
    'password-reset-link': 'Link to choose a new password',
    'email-verification-link': 'Link to confirm your address',
    'email-change-link': 'Link to confirm your new address',
  },
};
