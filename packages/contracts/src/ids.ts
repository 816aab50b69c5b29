import { v7 as uuidv7 } from 'uuid';

/** Time-ordered unique id (UUIDv7, RFC 9562): sorts by creation time, safe as a Mongo _id. */
export function newId(): string {
  return uuidv7();
}
