import type { Subscription } from '@fabrique/bus';
import type { AccountModel } from '../store/account.store.js';

/** Events this service consumes: subject → schema → handler. None yet. */
export const subscriptions: Subscription[] = [];

/** Collections whose documents carry an outbox of pending events for the relay. */
export function outboxModels(models: { accounts: AccountModel }) {
  return [models.accounts];
}
