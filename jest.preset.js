// Shared jest settings; each package's jest.config.js calls jestConfig(its own folder).
// Sources are ESM TypeScript, compiled on the fly by swc; `tsc` does the type checking.
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = dirname(fileURLToPath(import.meta.url));
const testkit = join(repoRoot, 'packages/testkit');

export function jestConfig(packageDir) {
  return {
    displayName: basename(packageDir),
    rootDir: packageDir,
    roots: ['<rootDir>/src'],
    testEnvironment: 'node',
    testMatch: ['**/*.test.ts'],
    extensionsToTreatAsEsm: ['.ts'],
    transform: {
      '^.+\\.ts$': [
        '@swc/jest',
        {
          jsc: { parser: { syntax: 'typescript' }, target: 'es2023' },
          module: { type: 'es6' },
          sourceMaps: 'inline',
        },
      ],
    },
    moduleNameMapper: {
      // Workspace packages are tested from source, not from their build.
      '^@fabrique/([a-z-]+)$': join(repoRoot, 'packages/$1/src/index.ts'),
      // NodeNext imports name the emitted .js file; jest resolves the .ts source.
      '^(\\.{1,2}/.*)\\.js$': '$1',
    },
    // One embedded NATS + FerretDB for the whole run (or MONGO_URL/NATS_URL when given).
    globalSetup: join(testkit, 'jest-global-setup.mjs'),
    globalTeardown: join(testkit, 'jest-global-teardown.mjs'),
  };
}
