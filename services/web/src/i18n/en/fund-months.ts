import type { months as fr } from '../fr/fund-months.js';

/** The fund's months on its public page: money received, and the hours the sessions gave. */
export const months: typeof fr = {
  title: 'Received each month, by category',
  month: 'Month',
  total: 'Month total',
  summary: (month, amount) => `The month the fund received most: ${month}, with ${amount}.`,
  none: 'Nothing received yet.',
  hoursTitle: 'Participant and volunteer hours each month',
  sessions: 'Sessions',
  workshopHours: 'Workshop hours',
  participantHours: 'Participant-hours',
  volunteerHours: 'Volunteer hours',
  hoursSummary: (month, hours) => `The busiest month: ${month}, with ${hours} of participation.`,
  hoursNone: 'No session held yet.',
};
