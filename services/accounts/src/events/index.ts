import type { Subscription } from '@fabrique/bus';

/** Events this service consumes: subject → schema → handler. None: accounts is a pure producer. */
export const subscriptions: Subscription[] = [];
