import type { RevokedAccounts } from '@fabrique/service-kit';
import type { Envelope } from '@fabrique/contracts';
import type { Logger } from '@fabrique/service-kit';
import type { NotificationsModels } from '../store/models.js';

/** What the use cases need; runtime.ts builds it for main.ts and the tests. */
export interface NotificationsDeps {
  models: NotificationsModels;
  /** Accounts whose tokens this replica refuses (deleted ones): service-kit revocations. */
  revoked?: RevokedAccounts | undefined;
  logger: Logger;
  /** Hands the events just written into a document's outbox to the relay. */
  eventsWritten: (modelName: string, id: string, events: Envelope[]) => void;
  now: () => Date;
  /** Events older than this (ms) only update projections. */
  maxEventAgeMs: number;
}
