import type { Connection } from 'mongoose';
import { serviceModels } from '@fabrique/service-kit';
import * as schemas from './schemas.js';

/** Every collection of the funds database: one per schema of schemas.ts, and idempotency keys. */
export function fundsModels(connection: Connection) {
  return serviceModels(connection, schemas);
}

export type FundsModels = ReturnType<typeof fundsModels>;

/** Collections whose documents carry an outbox of pending events for the relay. */
export function outboxModels(models: FundsModels) {
  return [
    models.funds,
    models.entries,
    models.expenses,
    models.declarations,
    models.alerts,
    models.rounds,
    models.proposals,
    models.ballots,
    models.phaseMarks,
    models.results,
  ];
}
