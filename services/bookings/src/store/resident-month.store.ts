import { insertOnce } from '@fabrique/service-kit';
import type { BookingsModels } from './models.js';

/**
 * The months a person has bookings in, one document each (`<residentId>:<month>`), written
 * before the booking itself (an empty month is harmless, a missing one would hide a booking):
 * "my bookings" reads a person's months by the indexed `residentId`, then only those months.
 * An insert keyed by person and month, so concurrent bookings never lose one.
 */
export interface ResidentMonth {
  residentId: string;
  month: string;
}

/** Months this replica has written or seen already, per database: no insert needed again. */
const written = new WeakMap<BookingsModels, Set<string>>();
const MAX_REMEMBERED = 50_000;

export async function markResidentMonth(
  models: BookingsModels,
  residentId: string,
  month: string,
): Promise<void> {
  const id = `${residentId}:${month}`;
  const seen = written.get(models) ?? new Set<string>();
  written.set(models, seen);
  if (seen.has(id)) return;
  await insertOnce(models.residentMonths, { _id: id, residentId, month });
  if (seen.size >= MAX_REMEMBERED) seen.clear();
  seen.add(id);
}

/** A person's months with bookings, oldest first. */
export async function monthsOfResident(
  models: BookingsModels,
  residentId: string,
): Promise<string[]> {
  const docs = await models.residentMonths.find({ residentId }).lean<ResidentMonth[]>();
  return docs.map((d) => d.month).sort();
}

const MONTHS_MARKED = 'bookings-resident-months-v1';

/**
 * Bookings stored before the months were kept get them, once per database (a marker records
 * it): the one read of every booking's person and month, on the first start after the upgrade.
 */
export async function backfillResidentMonths(models: BookingsModels): Promise<number> {
  if (await models.migrations.exists({ _id: MONTHS_MARKED })) return 0;
  const docs = await models.bookings
    .find({}, { residentId: 1, sessionMonth: 1 })
    .lean<{ residentId: string; sessionMonth?: string }[]>();
  const months = new Set(
    docs.filter((d) => d.sessionMonth).map((d) => `${d.residentId}:${d.sessionMonth}`),
  );
  for (const id of months) {
    const [residentId = '', month = ''] = id.split(':');
    await insertOnce(models.residentMonths, { _id: id, residentId, month });
  }
  await insertOnce(models.migrations, { _id: MONTHS_MARKED, at: new Date() });
  return months.size;
}
