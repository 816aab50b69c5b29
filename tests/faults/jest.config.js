import { jestConfig } from '../../jest.preset.js';

// Fault tests: the built services as processes on loopback, their database server or broker
// killed and restarted under them. Each file is bounded in time; they write
// test-output/faults.json.
export default { ...jestConfig(import.meta.dirname), roots: ['<rootDir>'] };
