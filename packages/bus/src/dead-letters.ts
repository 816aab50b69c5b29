import type { z } from 'zod';
import type { JsMsg } from '@nats-io/jetstream';
import { DLQ_STREAM, deadLetterSchema } from '@fabrique/contracts';
import type { Bus } from './connection.js';
import { headersWithTraceContext } from './tracing.js';

// The stored letter's schema is part of the API (contracts, api/ops.ts).
export { deadLetterSchema };
export type DeadLetter = z.infer<typeof deadLetterSchema>;
export interface StoredDeadLetter extends DeadLetter {
  /** Sequence in the DLQ stream, the handle for inspect and replay. */
  seq: number;
}

/**
 * Stores a message that will not be processed in the DLQ stream (subject
 * `dlq.<durable>.<original subject>`). The msgID makes a repeated attempt for the same
 * delivery a no-op. Must succeed before the original message is terminated.
 */
export async function deadLetter(
  bus: Bus,
  durable: string,
  msg: JsMsg,
  error: string,
): Promise<void> {
  const originalSubject = bus.baseSubject(msg.subject);
  const record: DeadLetter = {
    consumer: durable,
    stream: msg.info.stream,
    streamSequence: msg.info.streamSequence,
    originalSubject,
    error: error.slice(0, 2000),
    deliveryCount: msg.info.deliveryCount,
    deadLetteredAt: new Date().toISOString(),
    payload: msg.string(),
  };
  await bus.js.publish(bus.subject(`dlq.${durable}.${originalSubject}`), JSON.stringify(record), {
    msgID: `${msg.info.stream}:${durable}:${msg.info.streamSequence}`,
  });
}

/** Reads dead letters, oldest first, from a DLQ sequence on; only one consumer's if given. */
export async function listDeadLetters(
  bus: Bus,
  fromSeq = 1,
  limit = 100,
  consumer?: string,
): Promise<StoredDeadLetter[]> {
  const stream = bus.stream(DLQ_STREAM);
  const info = await bus.jsm.streams.info(stream);
  const letters: StoredDeadLetter[] = [];
  for (let seq = Math.max(fromSeq, info.state.first_seq); seq <= info.state.last_seq; seq += 1) {
    if (letters.length >= limit) break;
    const letter = await deadLetterAt(bus, seq);
    if (letter && (consumer === undefined || letter.consumer === consumer)) letters.push(letter);
  }
  return letters;
}

/** One dead letter by its DLQ sequence, or null if there is none (replayed or never). */
export async function deadLetterAt(bus: Bus, seq: number): Promise<StoredDeadLetter | null> {
  const stored = await bus.jsm.streams
    .getMessage(bus.stream(DLQ_STREAM), { seq })
    .catch(nullIfGone);
  return stored ? { seq, ...deadLetterSchema.parse(stored.json()) } : null;
}

/**
 * Publishes a dead letter's message again on its original subject, then removes the letter.
 * Every consumer of that subject sees it again; they are idempotent (DESIGN.md rule 3), so
 * the ones that had handled it do nothing. The msgID makes a repeated replay of the same
 * letter (a retry after a failed removal) one message.
 */
export async function replayDeadLetter(bus: Bus, letter: StoredDeadLetter): Promise<void> {
  await bus.js.publish(bus.subject(letter.originalSubject), letter.payload, {
    msgID: `dlq-replay:${letter.stream}:${letter.streamSequence}:${letter.seq}`,
    // The redelivery belongs to the trace of whoever asked for the replay.
    headers: headersWithTraceContext(),
  });
  // Gone already: an earlier replay of the same letter removed it.
  await bus.jsm.streams.deleteMessage(bus.stream(DLQ_STREAM), letter.seq, false).catch(nullIfGone);
}

function nullIfGone(error: unknown): null {
  if (error instanceof Error && /no message found/i.test(error.message)) return null;
  throw error;
}
