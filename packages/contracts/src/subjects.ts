/**
 * Naming rules of DESIGN.md "Events": type `fabrique.<context>.<entity>.<verb>.v<N>`,
 * NATS subject = type without `fabrique.`, one stream per producing context.
 */
const TYPE_PREFIX = 'fabrique.';

export const CONTEXTS = ['accounts', 'workshops', 'bookings', 'funds', 'notifications'] as const;
export type Context = (typeof CONTEXTS)[number];

export function subjectOfType(type: string): string {
  if (!type.startsWith(TYPE_PREFIX))
    throw new Error(`event type ${type} lacks the ${TYPE_PREFIX} prefix`);
  return type.slice(TYPE_PREFIX.length);
}

export function contextOfSubject(subject: string): string {
  const context = subject.split('.')[0];
  if (!context) throw new Error(`subject ${subject} has no context`);
  return context;
}

/** Stream holding every event produced by a context: ACCOUNTS for `accounts.>`. */
export function streamNameOf(context: string): string {
  return context.toUpperCase();
}

/** Stream holding dead letters of every consumer. */
export const DLQ_STREAM = 'DLQ';
