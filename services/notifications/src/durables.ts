/**
 * The durable consumers of this service: read by its events' subscriptions (events/), by its
 * operations routes (app.ts) and by the dead-letter use-cases (only the email ones are resent).
 */

/** Turns the other services' events into notifications (and keeps what that needs). */
export const EVENTS_DURABLE = 'notifications--events';
/** Sends the emails, with its own retries and dead letters. */
export const EMAIL_DURABLE = 'notifications--email';
