import { v7 as uuidv7 } from 'uuid';

/** Time-ordered unique id (UUIDv7, RFC 9562): sorts by creation time, safe as a Mongo _id. */
export function newId(): string {
  return uuidv7();
}

const TAIL_DIGITS = 12;
const TAIL_SIZE = 2 ** 48;

/**
 * The `index`-th id of a family whose first is `first` (a UUIDv7): the same for every retry
 * that knows `first` (a series of sessions made again after a crash finds its own), in the
 * family's order. Only the last 48 bits, random in a v7, are counted up: it stays a valid v7.
 */
export function nthId(first: string, index: number): string {
  if (index === 0) return first;
  const tail = (Number.parseInt(first.slice(-TAIL_DIGITS), 16) + index) % TAIL_SIZE;
  return first.slice(0, -TAIL_DIGITS) + tail.toString(16).padStart(TAIL_DIGITS, '0');
}
