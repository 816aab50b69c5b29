import type { common as fr } from '../fr/common.js';

export const common: typeof fr = {
  appName: 'Fabrique',
  tagline: 'The shared workshops of our communes',
  skipToContent: 'Skip to content',
  nav: {
    catalogue: 'Workshops',
    bookings: 'My bookings',
    rounds: 'Participatory budget',
    funds: 'The fund',
    host: 'My workshops',
    admin: 'Coordination',
    notifications: 'Notifications',
    profile: 'My account',
    signIn: 'Sign in',
    signUp: 'Sign up',
    signOut: 'Sign out',
    menu: 'Menu',
  },
  language: { label: 'Language', fr: 'Français', en: 'English' },
  loading: 'Loading…',
  empty: 'Nothing yet.',
  retry: 'Try again',
  save: 'Save',
  saving: 'Saving…',
  cancel: 'Cancel',
  archive: {
    button: 'Archive',
    label: (name: string) => `Archive “${name}”`,
    confirm: (name: string) =>
      `Archive “${name}”? It will no longer be offered for anything new. Nothing is deleted: its history stays readable.`,
    yes: 'Yes, archive',
    done: (name: string) => `“${name}” is archived.`,
  },
  back: 'Back',
  close: 'Close',
  more: 'Show more',
  required: 'This field is required.',
  notFound: {
    title: 'Page not found',
    body: 'This page does not exist (any more).',
    home: 'Back to the workshops',
  },
  signInNeeded: { title: 'Please sign in', body: 'This page is for signed-in people.' },
  forbiddenTitle: 'Restricted page',
  forbidden: 'This page is for other roles.',
  unreadNotifications: (count: number) =>
    count === 0
      ? 'No unread notifications'
      : count === 1
        ? '1 unread notification'
        : `${count} unread notifications`,
};
