// Runs every package's and service's tests in one jest process (each has its own config).
export default {
  projects: ['<rootDir>/packages/*/jest.config.js', '<rootDir>/services/*/jest.config.js'],
};
