import type { Principal } from '@fabrique/service-kit';
import type { CatalogueIndex } from '../views/catalogue-index.js';
import type { WorkshopsModels } from '../store/models.js';

/** What the use cases need; main.ts and the tests build it. */
export interface WorkshopsDeps {
  models: WorkshopsModels;
  /** Tells the outbox relay that events are waiting. */
  eventsWritten: (modelName: string, ids: string[]) => void;
  now: () => Date;
  /** This replica's in-memory catalogue; searches fall back to the database without it. */
  catalogue?: CatalogueIndex | undefined;
}

export type Actor = Principal;
