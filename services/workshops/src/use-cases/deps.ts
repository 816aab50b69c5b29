import type { Principal } from '@fabrique/service-kit';
import type { WorkshopsModels } from '../store/models.js';

/** What the use cases need; main.ts and the tests build it. */
export interface WorkshopsDeps {
  models: WorkshopsModels;
  /** Tells the outbox relay that events are waiting. */
  eventsWritten: () => void;
  now: () => Date;
}

export type Actor = Principal;
