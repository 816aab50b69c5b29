import type { Connection } from 'mongoose';
import { serviceModels } from '@fabrique/service-kit';
import * as schemas from './schemas.js';

/** Every collection of the notifications database: one per schema of schemas.ts, and idempotency keys. */
export function notificationsModels(connection: Connection) {
  return serviceModels(connection, schemas);
}

export type NotificationsModels = ReturnType<typeof notificationsModels>;
