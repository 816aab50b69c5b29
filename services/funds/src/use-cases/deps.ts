import type { Envelope } from '@fabrique/contracts';
import type { Logger, Principal } from '@fabrique/service-kit';
import type { FundBook } from '../ledger/fund-book.js';
import type { FundsModels } from '../store/models.js';

/** What the use cases need; runtime.ts builds it for main.ts and the tests. */
export interface FundsDeps {
  models: FundsModels;
  book: FundBook;
  logger: Logger;
  /** Hands the events just written into a document's outbox to the relay. */
  eventsWritten: (modelName: string, id: string, events: Envelope[]) => void;
  now: () => Date;
}

export type Actor = Principal;
