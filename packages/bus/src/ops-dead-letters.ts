import type { MsgRequest } from '@nats-io/jetstream';
import { DLQ_STREAM } from '@fabrique/contracts';
import type { Bus } from './connection.js';
import {
  deadLetterAt,
  deadLetterSchema,
  replayDeadLetter,
  type StoredDeadLetter,
} from './dead-letters.js';

/*
 * The dead letters of some durables (one service's), read by subject: a letter is stored on
 * `dlq.<durable>.<original subject>`, so the server filters, and a service never scans the
 * letters of the others in the shared DLQ stream.
 */

export interface DeadLetterPage {
  items: StoredDeadLetter[];
  /** The `from` of the next page, or null when this one reached the end. */
  nextFrom: number | null;
}

const letterSubject = (bus: Bus, durable: string) => bus.subject(`dlq.${durable}.>`);

/** How many letters these durables have, from the stream's per-subject counts. */
export async function deadLetterCount(bus: Bus, durables: readonly string[]): Promise<number> {
  let count = 0;
  for (const durable of durables) {
    const info = await bus.jsm.streams.info(bus.stream(DLQ_STREAM), {
      subjects_filter: letterSubject(bus, durable),
    });
    count += Object.values(info.state.subjects ?? {}).reduce((sum, n) => sum + n, 0);
  }
  return count;
}

/** The first letter of a durable at or after `seq`, or null. */
async function nextLetter(
  bus: Bus,
  durable: string,
  seq: number,
): Promise<StoredDeadLetter | null> {
  // STREAM.MSG.GET takes `next_by_subj` with `seq` (server 2.9+); the client's type only
  // lists the exact-sequence and last-by-subject forms, and passes the query through as is.
  const query = { seq, next_by_subj: letterSubject(bus, durable) } as unknown as MsgRequest;
  const stored = await bus.jsm.streams.getMessage(bus.stream(DLQ_STREAM), query);
  return stored ? { seq: stored.seq, ...deadLetterSchema.parse(stored.json()) } : null;
}

/** These durables' letters, oldest first, from a DLQ sequence on. */
export async function deadLettersOf(
  bus: Bus,
  durables: readonly string[],
  from = 1,
  limit = 100,
): Promise<DeadLetterPage> {
  const heads = new Map<string, StoredDeadLetter | null>();
  for (const durable of durables) heads.set(durable, await nextLetter(bus, durable, from));
  const items: StoredDeadLetter[] = [];
  for (;;) {
    const [durable, head] = [...heads].reduce<[string, StoredDeadLetter | null]>(
      (min, entry) => (entry[1] && (!min[1] || entry[1].seq < min[1].seq) ? entry : min),
      ['', null],
    );
    if (!head) return { items, nextFrom: null };
    if (items.length === limit) return { items, nextFrom: head.seq };
    items.push(head);
    heads.set(durable, await nextLetter(bus, durable, head.seq + 1));
  }
}

/** One letter, if it is there and belongs to one of these durables. */
export async function deadLetterOf(
  bus: Bus,
  durables: readonly string[],
  seq: number,
): Promise<StoredDeadLetter | null> {
  const letter = await deadLetterAt(bus, seq);
  return letter && durables.includes(letter.consumer) ? letter : null;
}

/** Replays one letter of these durables; false when there is none at `seq`. */
export async function replayDeadLetterOf(
  bus: Bus,
  durables: readonly string[],
  seq: number,
): Promise<boolean> {
  const letter = await deadLetterOf(bus, durables, seq);
  if (!letter) return false;
  await replayDeadLetter(bus, letter);
  return true;
}

/**
 * Replays every letter these durables have now. Letters stored meanwhile (a replayed message
 * failing again) lie past the DLQ's last sequence at the start and wait for the next call:
 * a handler that still fails cannot turn this into an endless loop.
 */
export async function replayDeadLettersOf(
  bus: Bus,
  durables: readonly string[],
): Promise<{ replayed: number }> {
  const { state } = await bus.jsm.streams.info(bus.stream(DLQ_STREAM));
  let replayed = 0;
  let from: number | null = 1;
  while (from !== null) {
    const page = await deadLettersOf(bus, durables, from, 100);
    for (const letter of page.items) {
      if (letter.seq > state.last_seq) return { replayed };
      await replayDeadLetter(bus, letter);
      replayed += 1;
    }
    from = page.nextFrom;
  }
  return { replayed };
}
