/**
 * Thrown by a handler for a message that can never succeed (e.g. it refers to something
 * that breaks an invariant): the message is dead-lettered at once instead of retried.
 */
export class PermanentFailure extends Error {
  override readonly name = 'PermanentFailure';
}
