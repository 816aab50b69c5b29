import type { Connection } from 'mongoose';
import { serviceModels } from '@fabrique/service-kit';
import * as schemas from './schemas.js';

/** Every collection of the workshops database: one per schema of schemas.ts, and idempotency keys. */
export function workshopsModels(connection: Connection) {
  return serviceModels(connection, schemas);
}

export type WorkshopsModels = ReturnType<typeof workshopsModels>;
