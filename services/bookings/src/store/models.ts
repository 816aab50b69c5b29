import type { Connection, Model, Schema } from 'mongoose';
import { idempotencyModel, type LooseDocument } from '@fabrique/service-kit';
import {
  bookingSchema,
  claimSchema,
  closureSchema,
  voidSchema,
  feedOwnerSchema,
  migrationSchema,
  residentMonthSchema,
  feedTokenSchema,
  personSchema,
  releaseSchema,
  repairSchema,
  sessionSchema,
  transitionSchema,
  walkInSchema,
} from './schemas.js';

type LooseModel = Model<LooseDocument>;

/** Every collection of the bookings database. */
export function bookingsModels(connection: Connection) {
  const model = (name: string, schema: Schema<LooseDocument>) =>
    connection.model<LooseDocument, LooseModel>(name, schema);
  return {
    bookings: model('Booking', bookingSchema),
    seats: model('SeatClaim', claimSchema('seat_claims')),
    holds: model('HoldClaim', claimSchema('hold_claims')),
    tickets: model('TicketClaim', claimSchema('ticket_claims')),
    transitions: model('Transition', transitionSchema),
    releases: model('ClaimRelease', releaseSchema),
    sessions: model('Session', sessionSchema),
    people: model('Person', personSchema),
    walkIns: model('WalkIn', walkInSchema),
    repairs: model('Repair', repairSchema),
    closures: model('AttendanceClosure', closureSchema),
    voids: model('DeliveryVoid', voidSchema),
    feedTokens: model('FeedToken', feedTokenSchema),
    feedOwners: model('FeedOwner', feedOwnerSchema),
    migrations: model('Migration', migrationSchema),
    residentMonths: model('ResidentMonth', residentMonthSchema),
    idempotency: idempotencyModel(connection),
  };
}

export type BookingsModels = ReturnType<typeof bookingsModels>;

export async function syncIndexes(models: BookingsModels): Promise<void> {
  for (const model of Object.values(models)) await model.syncIndexes();
}

/** Collections whose documents carry an outbox of pending events for the relay. */
export function outboxModels(models: BookingsModels) {
  return [models.bookings, models.walkIns, models.closures, models.voids];
}
