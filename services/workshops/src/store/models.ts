import type { Connection, Model } from 'mongoose';
import { idempotencyModel, type LooseDocument } from '@fabrique/service-kit';
import {
  availabilitySchema,
  communeSchema,
  projectSchema,
  hostSchema,
  kindSchema,
  sessionSchema,
  slotClaimSchema,
  migrationSchema,
  venueSchema,
  workshopSchema,
} from './schemas.js';

type LooseModel = Model<LooseDocument>;

/** Every collection of the workshops database. */
export function workshopsModels(connection: Connection) {
  return {
    venues: connection.model<LooseDocument, LooseModel>('Venue', venueSchema),
    kinds: connection.model<LooseDocument, LooseModel>('Kind', kindSchema),
    workshops: connection.model<LooseDocument, LooseModel>('Workshop', workshopSchema),
    sessions: connection.model<LooseDocument, LooseModel>('Session', sessionSchema),
    claims: connection.model<LooseDocument, LooseModel>('SlotClaim', slotClaimSchema),
    people: connection.model<LooseDocument, LooseModel>('Person', hostSchema),
    availability: connection.model<LooseDocument, LooseModel>('Availability', availabilitySchema),
    migrations: connection.model<LooseDocument, LooseModel>('Migration', migrationSchema),
    communes: connection.model<LooseDocument, LooseModel>('Commune', communeSchema),
    projects: connection.model<LooseDocument, LooseModel>('Project', projectSchema),
    idempotency: idempotencyModel(connection),
  };
}

export type WorkshopsModels = ReturnType<typeof workshopsModels>;

export async function syncIndexes(models: WorkshopsModels): Promise<void> {
  for (const model of Object.values(models)) await model.syncIndexes();
}

/** Collections whose documents carry an outbox of pending events for the relay. */
export function outboxModels(models: WorkshopsModels) {
  return [models.venues, models.workshops, models.sessions];
}
