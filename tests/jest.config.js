import { jestConfig } from '../jest.preset.js';

// System tests: several services composed in one process (as their main.ts do) on the real
// embedded NATS + FerretDB, to check what no single service can, such as one trace per action.
export default { ...jestConfig(import.meta.dirname), roots: ['<rootDir>/system'] };
