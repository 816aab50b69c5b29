import type { produced as fr } from '../fr/produced.js';

/** What a vote produced: on a round's results, per winning project. */
export const produced: typeof fr = {
  title: 'What your vote produced',
  intro:
    'For each selected project: the sessions its workshops held, the hours participants spent and the money spent from its allocation, so far.',
  delivered: (sessions, participantHours, attendees) =>
    `${sessions} session${sessions > 1 ? 's' : ''} held, ${participantHours} participant-hours, ${attendees} attendee${attendees > 1 ? 's' : ''}.`,
  notStarted: 'No published workshop yet: the project is waiting to be started.',
  spent: (spent, allocation) => `${spent} spent of ${allocation} allocated.`,
  spentLabel: (title) => `Spending of “${title}” against its allocation`,
  createWorkshop: 'Create a workshop for this project',
  forProject: (title) =>
    `This workshop carries out the project “${title}”, selected by the vote: once published, its sessions and spending will show in the results.`,
};
