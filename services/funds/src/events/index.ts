import { on, type Subscription } from '@fabrique/bus';
import {
  accountDeletedV1,
  accountRegisteredV1,
  accountUpdatedV1,
  contributionRecordedV1,
  entryRecordedV1,
  entryReversedV1,
  fundArchivedV1,
  fundCreatedV1,
  fundVolunteerRatesSetV1,
  organisationArchivedV1,
  organisationCreatedV1,
  pledgeRecordedV1,
  sessionAttendanceClosedV1,
  sessionDeliveryVoidedV1,
  workshopPublishedV1,
  workshopUpdatedV1,
  type EntryData,
} from '@fabrique/contracts';
import { deliveryFromData, voidFromData } from '../domain/delivery.js';
import { fromEntryData } from '../domain/entry.js';
import { fundFromData } from '../domain/fund.js';
import { ratesFromData } from '../domain/in-kind.js';
import type { FundsDeps } from '../use-cases/deps.js';
import type { FundLedgers } from '../views/fund-ledgers.js';
import {
  onAccountDeleted,
  onAccountRegistered,
  onAccountUpdated,
  onOrganisationArchived,
  onOrganisationCreated,
} from './handlers/accounts.handler.js';
import {
  onAttendanceClosed,
  onDeliveryVoided,
  onWorkshopOfProject,
} from './handlers/attendance.handler.js';

export const DURABLE = 'funds--ledger';

/** Events this service consumes: subject → schema → handler. */
export function subscriptions(deps: FundsDeps): Subscription[] {
  return [
    on(sessionAttendanceClosedV1, onAttendanceClosed(deps)),
    on(sessionDeliveryVoidedV1, onDeliveryVoided(deps)),
    on(workshopPublishedV1, onWorkshopOfProject(deps)),
    on(workshopUpdatedV1, onWorkshopOfProject(deps)),
    on(organisationCreatedV1, onOrganisationCreated(deps.models)),
    on(organisationArchivedV1, onOrganisationArchived(deps.models)),
    on(accountRegisteredV1, onAccountRegistered(deps.models)),
    on(accountUpdatedV1, onAccountUpdated(deps.models)),
    on(accountDeletedV1, onAccountDeleted(deps.models)),
  ];
}

/**
 * What keeps this replica's funds and ledgers current (views/fund-ledgers.ts), followed by every
 * replica: every replica's writes, and the sessions closed (their delivered hours).
 */
export function viewSubscriptions(ledgers: FundLedgers): Subscription[] {
  const entry = ({ data }: { data: EntryData }) => ledgers.addEntry(fromEntryData(data));
  return [
    on(fundCreatedV1, ({ data }) => {
      ledgers.addFund(fundFromData(data));
      return Promise.resolve();
    }),
    on(fundVolunteerRatesSetV1, ({ data }) => {
      ledgers.setVolunteerRates(data.fundId, ratesFromData(data.rates));
      return Promise.resolve();
    }),
    on(fundArchivedV1, ({ data }) => {
      ledgers.archiveFund(data.fundId, new Date(data.archivedAt));
      return Promise.resolve();
    }),
    on(pledgeRecordedV1, entry),
    on(contributionRecordedV1, entry),
    on(entryRecordedV1, entry),
    on(entryReversedV1, entry),
    on(sessionAttendanceClosedV1, ({ data }) => ledgers.addDelivery(deliveryFromData(data))),
    on(sessionDeliveryVoidedV1, ({ data }) => ledgers.addVoid(voidFromData(data))),
  ];
}
