import { jestConfig } from '../../jest.preset.js';

// The API against its own OpenAPI document: schemathesis (pinned, from PyPI, installed into
// .tools/ by infra/build-tools.sh) fuzzes a throwaway network of the built services, and every
// operation is called as each kind of caller against the services' access tables.
// Part of `npm test` (run first, alone: scripts/test.mjs); `npm run fuzz` runs it by itself.
export default { ...jestConfig(import.meta.dirname), roots: ['<rootDir>'] };
