import type { Connection } from 'mongoose';
import { serviceModels } from '@fabrique/service-kit';
import * as schemas from './schemas.js';

/** Every collection of the bookings database: one per schema of schemas.ts, and idempotency keys. */
export function bookingsModels(connection: Connection) {
  return serviceModels(connection, schemas);
}

export type BookingsModels = ReturnType<typeof bookingsModels>;
