import { backfillOnce } from '@fabrique/service-kit';
import type { Delivery, DeliveryVoid } from '../domain/delivery.js';
import type { Entry } from '../domain/entry.js';
import type { Fund } from '../domain/fund.js';
import { FundBook } from '../domain/fund-book.js';
import type { FundsModels } from './models.js';
import { allRecords, insertOnce, type Stored } from './records.store.js';

/** The UTC month a session started in (`2026-12`): deliveries of a period are read by month. */
export const monthOf = (at: Date): string => at.toISOString().slice(0, 7);

/** Months from the one of `from` to the one of `to` (exclusive end), oldest first. */
export function monthsBetween(from: Date, to: Date): string[] {
  const months: string[] = [];
  const cursor = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), 1));
  while (cursor < to) {
    months.push(monthOf(cursor));
    cursor.setUTCMonth(cursor.getUTCMonth() + 1);
  }
  return months;
}

/** A closed session's delivery, once (its id is the session's), with its indexed month. */
export function insertDelivery(
  models: FundsModels,
  delivery: Delivery,
  closed: { eventId: string; closedAt: Date },
): Promise<boolean> {
  return insertOnce(models.deliveries, {
    ...delivery,
    id: delivery.sessionId,
    month: monthOf(delivery.startsAt),
    ...closed,
  });
}

/** A delivery as stored: keyed by its session, with its month and the event that closed it. */
type DeliveryDocument = Delivery & {
  _id: string;
  month?: string;
  eventId?: string;
  closedAt?: Date;
};

function toDelivery(doc: DeliveryDocument): Delivery {
  const { _id, month: _month, eventId: _event, closedAt: _closed, ...delivery } = doc;
  return delivery;
}

/** Deliveries of sessions that started in [from, to), by their indexed month. */
export async function deliveriesBetween(
  models: FundsModels,
  from: Date,
  to: Date,
): Promise<Delivery[]> {
  const found: Delivery[] = [];
  for (const month of monthsBetween(from, to)) {
    const docs = await models.deliveries.find({ month }, { outbox: 0 }).lean<DeliveryDocument[]>();
    for (const doc of docs) {
      const delivery = toDelivery(doc);
      if (delivery.startsAt >= from && delivery.startsAt < to) found.push(delivery);
    }
  }
  return found;
}

/** A voided delivery, once (its id is the session's), with the month its session started in. */
export function insertVoid(models: FundsModels, voided: DeliveryVoid): Promise<boolean> {
  return insertOnce(models.voids, {
    ...voided,
    id: voided.sessionId,
    month: monthOf(voided.startsAt),
  });
}

/** Voids of sessions that started in [from, to), by their indexed month. */
export async function voidsBetween(models: FundsModels, from: Date, to: Date) {
  const found: DeliveryVoid[] = [];
  for (const month of monthsBetween(from, to)) {
    const docs = await models.voids.find({ month }).lean<(DeliveryVoid & { _id: string })[]>();
    for (const { sessionId, startsAt, reason, voidedBy, voidedAt } of docs)
      found.push({ sessionId, startsAt, reason, voidedBy, voidedAt });
  }
  return found;
}

/** One fund's entries, by the indexed `fundId`. */
export async function entriesOfFund(models: FundsModels, fundId: string): Promise<Entry[]> {
  const docs = await models.entries.find({ fundId }, { outbox: 0 }).lean<Stored<Entry>[]>();
  return docs.map(({ _id, ...rest }) => ({ ...rest, id: _id }));
}

/** One fund with its ledger and the sessions of its period, read from the store. */
export async function loadFundBook(models: FundsModels, fund: Fund): Promise<FundBook> {
  const book = new FundBook();
  book.addFund(fund);
  for (const entry of await entriesOfFund(models, fund.id)) book.addEntry(entry);
  for (const delivery of await deliveriesBetween(models, fund.periodStart, fund.periodEnd))
    book.addDelivery(delivery);
  for (const voided of await voidsBetween(models, fund.periodStart, fund.periodEnd))
    book.addVoid(voided);
  return book;
}

/** Everything, in one book: a reconciliation compares its summaries with the live ones. */
export async function loadWholeBook(models: FundsModels): Promise<FundBook> {
  const book = new FundBook();
  for (const fund of await allRecords<Fund>(models.funds)) book.addFund(fund);
  for (const entry of await allRecords<Entry>(models.entries)) book.addEntry(entry);
  for (const delivery of await allRecords<Delivery & { id: string }>(models.deliveries))
    book.addDelivery(delivery);
  for (const voided of await allRecords<DeliveryVoid & { id: string }>(models.voids))
    book.addVoid(voided);
  return book;
}

const MONTHS_BACKFILLED = 'deliveries-month-v1';

/**
 * Deliveries stored before they had a month get one, once per database (a marker records it):
 * the one read of the whole collection, on the first start after the upgrade.
 */
export function backfillDeliveryMonths(models: FundsModels): Promise<number> {
  return backfillOnce<{ startsAt: Date }>(
    { target: models.deliveries, migrations: models.migrations },
    MONTHS_BACKFILLED,
    'month',
    (doc) => monthOf(doc.startsAt),
    ['startsAt'],
  );
}

/**
 * The deliveries no coordinator voided, with one read of the voids among them (their ids are
 * the sessions'): a volunteer's record and what a vote produced count only those. One `$in`
 * rather than findByIds: on FerretDB it reads the voids collection once, and voids are few,
 * while the deliveries asked about may be many.
 */
export async function standingOnly(
  models: FundsModels,
  deliveries: Delivery[],
): Promise<Delivery[]> {
  if (deliveries.length === 0) return [];
  const voided = await models.voids
    .find({ _id: { $in: deliveries.map((d) => d.sessionId) } }, { _id: 1 })
    .lean<{ _id: string }[]>();
  const gone = new Set(voided.map((v) => v._id));
  return deliveries.filter((d) => !gone.has(d.sessionId));
}
