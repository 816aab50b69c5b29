export { connectBus, type Bus, type BusOptions } from './connection.js';
export { dependencyDown, type DependencyDown } from './outages.js';
export {
  ensureStreams,
  ensureDurableConsumer,
  DUPLICATE_WINDOW_MS,
  type DurableConsumerSpec,
} from './topology.js';
export { publishEvent, type PublishResult } from './publish.js';
export {
  startConsumer,
  on,
  type ConsumerOptions,
  type HandlerContext,
  type RunningConsumer,
  type Subscription,
} from './consumer.js';
export { PermanentFailure } from './errors.js';
export {
  deadLetter,
  listDeadLetters,
  deadLetterAt,
  replayDeadLetter,
  deadLetterSchema,
  type DeadLetter,
  type StoredDeadLetter,
} from './dead-letters.js';
export {
  createOutboxRelay,
  type OutboxDocument,
  type OutboxRelay,
  type OutboxRelayOptions,
} from './outbox-relay.js';
export { outboxWriter, type OutboxWriter } from './outbox-writer.js';
export { trackPendingOutbox, PENDING_FILTER } from './outbox-pending.js';
export { followEvents, type Follower } from './follow.js';
export { KeyedQueue } from './keyed-queue.js';
export { observeBacklog, type BacklogSources } from './backlog-metrics.js';
export {
  consumerLag,
  outboxBacklog,
  type ConsumerLag,
  type ModelBacklog,
  type OutboxBacklogReport,
} from './ops.js';
export {
  deadLetterCount,
  deadLetterOf,
  deadLettersOf,
  replayDeadLetterOf,
  replayDeadLettersOf,
  type DeadLetterPage,
} from './ops-dead-letters.js';
