import { insertOnce } from '@fabrique/service-kit';
import type { Collected, Envelope } from '@fabrique/contracts';
import type { AttendanceSummary, RepairItem, WalkIn } from '../domain/attendance.js';
import type { BookingsModels } from './models.js';

type Stored<T extends { id: string }> = Omit<T, 'id'> & { _id: string };

const withId = <T extends { id: string }>({ _id, ...rest }: Stored<T>) =>
  ({ ...rest, id: _id }) as unknown as T;

export function addWalkIn(
  models: BookingsModels,
  walkIn: WalkIn,
  recordedBy: string,
  event: Envelope,
) {
  const { id, ...rest } = walkIn;
  return insertOnce(models.walkIns, {
    _id: id,
    ...rest,
    recordedBy,
    at: new Date(),
    outbox: [event],
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
  return docs.map((d) => withId<WalkIn>(d));
}

export async function repairsOf(models: BookingsModels, sessionId: string): Promise<RepairItem[]> {
  const docs = await models.repairs.find({ sessionId }).lean<Stored<RepairItem>[]>();
  return docs.map((d) => withId<RepairItem>(d));
}

export interface Closure {
  summary: AttendanceSummary;
  closedBy: string;
  closedAt: Date;
  /** What the session collected at the door, as the host counted it. */
  collected?: Collected | null;
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
  event: Envelope,
) {
  return insertOnce(models.closures, { _id: sessionId, ...closure, outbox: [event] });
}

export interface DeliveryVoid {
  reason: string;
  voidedBy: string;
  voidedAt: Date;
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
  event: Envelope,
) {
  return insertOnce(models.voids, { _id: sessionId, ...voided, outbox: [event] });
}
