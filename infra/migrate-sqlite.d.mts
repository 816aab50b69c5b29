import type { EmbeddedOptions } from './embedded.mjs';

/** Copies <data>/ferretdb (SQLite) into the PostgreSQL store; resolves to the documents copied. */
export function migrateSqlite(
  options?: EmbeddedOptions,
  log?: (line: string) => void,
): Promise<number>;
