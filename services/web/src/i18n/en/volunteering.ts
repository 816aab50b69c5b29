import type { volunteering as fr } from '../fr/volunteering.js';

/** Volunteers' time: on the public page, when closing attendance, and one's own record. */
export const volunteering: typeof fr = {
  inKind: 'Volunteering',
  inKindValue: (hours, value) =>
    `${hours} given, valued at ${value}. A contribution in kind: it is not in the balance.`,
  myHours: 'Your volunteer hours for this session (optional)',
  myHoursError: 'Enter a number of hours between 0 and 12, or leave it empty.',
  legend: 'Volunteering',
  legendHint:
    'Hours given by the hosts and by people who came to help, in hours (2 or 2.5). They count for the fund as a contribution in kind, never in the balance.',
  hoursOf: (name) => `Volunteer hours of ${name} (optional)`,
  coHost: 'Co-host',
  unnamed: 'Person without a name',
  addHelper: 'Add a booked person who helped',
  addHelperPlaceholder: 'Choose a person…',
  remove: (name) => `Remove ${name} from the volunteers`,
  given: (hours, value) =>
    `You gave ${hours} h of volunteering, valued at ${value}: a contribution in kind, beside your payments.`,
  periodInKind: (volunteers, hours, value) =>
    `In the period, ${volunteers} volunteer${volunteers > 1 ? 's' : ''} gave ${hours} h, valued at ${value}. These hours are neither in the balance nor in the shares above.`,
  record: (year) => `My volunteer hours ${year} (CSV)`,
};
