// Data folders made before the embedded default moved to PostgreSQL kept their databases as
// SQLite files in <data>/ferretdb. Starting the new store on top of them would look like an
// empty network; instead the start refuses and says how to copy them (infra/migrate-sqlite.mjs).
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const sqliteDir = (dataDir) => join(dataDir, 'ferretdb');

/** Whether <data>/ferretdb holds SQLite databases of an earlier version. */
export function hasSqliteData(dataDir) {
  const dir = sqliteDir(dataDir);
  return existsSync(dir) && readdirSync(dir).some((name) => name.endsWith('.sqlite'));
}

export function assertNoSqliteData(dataDir) {
  if (!hasSqliteData(dataDir)) return;
  throw new Error(
    `${sqliteDir(dataDir)} holds databases of an earlier Fabrique (FerretDB on SQLite); the ` +
      `embedded database is now FerretDB on PostgreSQL. Copy them into it with ` +
      `\`npm run infra:migrate-sqlite\` (the SQLite files are kept, renamed), or start afresh ` +
      `with \`rm -rf ${dataDir}\` (this erases everything).`,
  );
}
