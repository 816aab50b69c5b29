import type { Connection } from 'mongoose';
import { serviceModels } from '@fabrique/service-kit';
import * as schemas from './schemas.js';

/** Every collection of the funds database: one per schema of schemas.ts, and idempotency keys. */
export function fundsModels(connection: Connection) {
  return serviceModels(connection, schemas);
}

export type FundsModels = ReturnType<typeof fundsModels>;
