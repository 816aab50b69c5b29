import type { JsMsg } from '@nats-io/jetstream';

/**
 * How long a replica may hold one message, queued behind its aggregate or in a handler, before
 * it stops telling the server it is still working on it; the server then gives the message to
 * another replica. A handler stuck this long is stuck for good.
 */
export const LONGEST_HOLD_MS = 10 * 60_000;

/**
 * Tells the server, every third of the ack wait, that this replica still works on `msg`, from
 * its receipt until `stop()`. The ack wait then only bounds how long a dead replica's messages
 * wait for another one (a slow SMTP server or a long queue no longer causes a redelivery while
 * the first attempt is still running), so it can be short.
 */
export function keepAlive(msg: JsMsg, ackWaitMs: number): { stop(): void } {
  const startedAt = Date.now();
  const timer = setInterval(
    () => {
      if (Date.now() - startedAt > LONGEST_HOLD_MS) clearInterval(timer);
      else msg.working();
    },
    Math.max(100, Math.floor(ackWaitMs / 3)),
  );
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
