import type { volunteering as fr } from '../fr/volunteering.js';

/** Volunteers' time: on the public page, when closing attendance, and one's own record. */
export const volunteering: typeof fr = {
  inKind: 'Volunteering',
  inKindValue: (hours, value) =>
    `${hours} given, valued at ${value}. A contribution in kind: it is not in the balance.`,
  myHours: 'Your volunteer hours for this session (optional)',
  myHoursHint: 'In hours, for example 2 or 2.5. They count for the fund as a contribution in kind.',
  myHoursError: 'Enter a number of hours between 0 and 12, or leave it empty.',
  record: (year) => `My volunteer hours ${year} (CSV)`,
};
