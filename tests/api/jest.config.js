import { jestConfig } from '../../jest.preset.js';

// The API against its own OpenAPI document: schemathesis (pinned, from PyPI, installed into
// .tools/ by infra/build-tools.sh) fuzzes a throwaway network of the built services.
// `npm run fuzz` (after a build); not yet part of `npm test`: see README, "Fuzzed".
export default { ...jestConfig(import.meta.dirname), roots: ['<rootDir>'] };
