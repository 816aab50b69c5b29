import { insertOnce } from '@fabrique/service-kit';
import type { Envelope } from '@fabrique/contracts';
import type { RepairItem, WalkIn } from '../domain/attendance.js';
import type { Closure, DeliveryVoid } from '../domain/roster.js';
import type { BookingsModels } from './models.js';

/** A record as stored, keyed by `_id`; the mappers copy the domain's fields only. */
type Stored<T extends { id: string }> = Omit<T, 'id'> & { _id: string };

const toWalkIn = ({ _id, sessionId, name, commune, seats }: Stored<WalkIn>): WalkIn => ({
  id: _id,
  sessionId,
  name,
  commune,
  seats,
});

const toRepair = ({ _id, sessionId, category, outcome }: Stored<RepairItem>): RepairItem => ({
  id: _id,
  sessionId,
  category,
  outcome,
});

export function addWalkIn(
  models: BookingsModels,
  walkIn: WalkIn,
  recordedBy: string,
  events: Envelope[],
) {
  const { id, ...rest } = walkIn;
  return insertOnce(models.walkIns, {
    _id: id,
    ...rest,
    recordedBy,
    at: new Date(),
    outbox: events,
  });
}

export function addRepair(models: BookingsModels, item: RepairItem, recordedBy: string) {
  const { id, ...rest } = item;
  return insertOnce(models.repairs, { _id: id, ...rest, recordedBy, at: new Date() });
}

// Walk-ins and repairs are few per session and read only for rosters and closing, by their
// indexed `sessionId`.
export async function walkInsOf(models: BookingsModels, sessionId: string): Promise<WalkIn[]> {
  const docs = await models.walkIns.find({ sessionId }, { outbox: 0 }).lean<Stored<WalkIn>[]>();
  return docs.map(toWalkIn);
}

export async function repairsOf(models: BookingsModels, sessionId: string): Promise<RepairItem[]> {
  const docs = await models.repairs.find({ sessionId }).lean<Stored<RepairItem>[]>();
  return docs.map(toRepair);
}

export async function findClosure(
  models: BookingsModels,
  sessionId: string,
): Promise<Closure | undefined> {
  const doc = await models.closures
    .findById(sessionId, { outbox: 0 })
    .lean<Closure & { _id: string }>();
  return doc ? { summary: doc.summary, closedBy: doc.closedBy, closedAt: doc.closedAt } : undefined;
}

/** The insert that makes closing happen once; false if it was closed already. */
export function insertClosure(
  models: BookingsModels,
  sessionId: string,
  closure: Closure,
  events: Envelope[],
) {
  return insertOnce(models.closures, { _id: sessionId, ...closure, outbox: events });
}

export async function findVoid(
  models: BookingsModels,
  sessionId: string,
): Promise<DeliveryVoid | undefined> {
  const doc = await models.voids.findById(sessionId, { outbox: 0 }).lean<DeliveryVoid>();
  return doc ? { reason: doc.reason, voidedBy: doc.voidedBy, voidedAt: doc.voidedAt } : undefined;
}

/** The insert that voids a delivery once; false if it was voided already. */
export function insertVoid(
  models: BookingsModels,
  sessionId: string,
  voided: DeliveryVoid,
  events: Envelope[],
) {
  return insertOnce(models.voids, { _id: sessionId, ...voided, outbox: events });
}
