// Runs every package's and service's tests in one jest process (each has its own config).
export default {
  projects: [
    '<rootDir>/packages/*/jest.config.js',
    '<rootDir>/services/*/jest.config.js',
    '<rootDir>/infra/jest.config.js',
    '<rootDir>/tests/jest.config.js',
    '<rootDir>/tests/faults/jest.config.js',
    '<rootDir>/tests/api/jest.config.js',
  ],
  // Global options (ignored inside projects): integration tests start processes and servers.
  testTimeout: 30_000,
  // Two test files at a time: most of a file's time is spent waiting on the servers (FerretDB,
  // NATS, the services it starts), so two workers halve the run even on two cores (jest's
  // default would be one). Each worker chooses its servers' ports from a block of its own
  // (infra/embedded/processes.mjs, freePort).
  maxWorkers: 2,
};
