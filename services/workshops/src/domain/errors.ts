import { defineErrors } from '@fabrique/contracts';

/** Error codes of the workshops service, defined once (stable: clients match on them). */
export const workshopErrors = defineErrors({
  INVALID_RECURRENCE: { status: 422, title: 'This repetition rule cannot be scheduled' },
  TOO_MANY_OCCURRENCES: { status: 422, title: 'This repetition would create too many sessions' },
  NOT_ON_SLOT_GRID: {
    status: 422,
    title: 'Sessions start on a 5-minute mark and last a whole number of 5-minute steps',
  },
  IN_THE_PAST: { status: 422, title: 'A session cannot start in the past' },
  TOO_FAR_AHEAD: { status: 422, title: 'A session starts at most three years from now' },
  VENUE_NOT_FOUND: { status: 404, title: 'No such venue' },
  WORKSHOP_NOT_FOUND: { status: 404, title: 'No such workshop' },
  SESSION_NOT_FOUND: { status: 404, title: 'No such session' },
  UNKNOWN_KIND: { status: 422, title: 'Unknown kind of workshop' },
  UNKNOWN_PROJECT: { status: 422, title: 'No winning participatory-budget project by this id' },
  UNKNOWN_COMMUNE: { status: 422, title: 'This commune is not part of the network' },
  VENUE_ARCHIVED: { status: 409, title: 'This venue is archived: nothing new happens there' },
  KIND_EXISTS: { status: 409, title: 'This kind of workshop already exists' },
  NOT_A_HOST: { status: 403, title: 'Only hosts of this workshop or a coordinator may do this' },
  CAPACITY_ABOVE_VENUE: { status: 422, title: 'More seats than the venue holds' },
  CAPACITY_BELOW_CONFIRMED: { status: 409, title: 'Fewer seats than people already confirmed' },
  VENUE_BUSY: { status: 409, title: 'The venue is taken at that time' },
  HOST_BUSY: { status: 409, title: 'A host already runs another session at that time' },
  SESSION_NOT_SCHEDULED: { status: 409, title: 'Only a scheduled session can change' },
  SESSION_NOT_OVER: { status: 409, title: 'A session completes once it has started' },
  WORKSHOP_ARCHIVED: { status: 409, title: 'An archived workshop cannot change' },
  INVALID_TRANSITION: { status: 409, title: 'This status change is not allowed' },
  PRECONDITION_REQUIRED: { status: 428, title: 'Send If-Match with the ETag you read' },
  PRECONDITION_FAILED: { status: 412, title: 'Changed by someone else since you read it; reload' },
  BAD_CURSOR: { status: 400, title: 'This page cursor is not valid' },
});
