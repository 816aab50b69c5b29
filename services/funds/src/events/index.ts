import { on, type Subscription } from '@fabrique/bus';
import {
  accountDeletedV1,
  accountRegisteredV1,
  accountUpdatedV1,
  organisationCreatedV1,
  sessionAttendanceClosedV1,
} from '@fabrique/contracts';
import type { FundsDeps } from '../use-cases/deps.js';
import {
  onAccountDeleted,
  onAccountRegistered,
  onAccountUpdated,
  onOrganisationCreated,
} from './handlers/accounts.handler.js';
import { onAttendanceClosed } from './handlers/attendance.handler.js';

export const DURABLE = 'funds--ledger';

/** Events this service consumes: subject → schema → handler. */
export function subscriptions(deps: FundsDeps): Subscription[] {
  return [
    on(sessionAttendanceClosedV1, onAttendanceClosed(deps)),
    on(organisationCreatedV1, onOrganisationCreated(deps.models)),
    on(accountRegisteredV1, onAccountRegistered(deps.models)),
    on(accountUpdatedV1, onAccountUpdated(deps.models)),
    on(accountDeletedV1, onAccountDeleted(deps.models)),
  ];
}
