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
};
