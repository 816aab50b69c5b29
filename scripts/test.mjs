#!/usr/bin/env node
// `npm test`: installs what is missing, then lint, format check, type check, build, and every
// test (jest's global setup starts the embedded NATS + FerretDB on PostgreSQL unless MONGO_URL/NATS_URL are
// set). Exits non-zero on the first failure.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildWorkspace, ensurePnpm, installEverything, repoRoot, run, step } from './lib.mjs';

const started = Date.now();
try {
  const pnpm = ensurePnpm();
  installEverything(pnpm);
  step('lint (eslint)');
  run(pnpm, ['run', 'lint']);
  step('format check (prettier)');
  run(pnpm, ['run', 'format:check']);
  step('type check (tsc)');
  run(pnpm, ['run', 'typecheck']);
  buildWorkspace(pnpm);
  step('tests (jest, real NATS + FerretDB on PostgreSQL)');
  const outputDir = join(repoRoot, 'test-output');
  mkdirSync(outputDir, { recursive: true });
  const report = join(outputDir, 'jest-results.json');
  let failure;
  try {
    run(pnpm, ['run', 'jest', '--json', `--outputFile=${report}`]);
  } catch (error) {
    failure = error;
  }
  const results = JSON.parse(readFileSync(report, 'utf8'));
  console.log(`\n${results.numPassedTests} passed, ${results.numFailedTests} failed`);
  if (failure) throw failure;
  if (results.numTotalTests === 0) throw new Error('no test ran');
  console.log(`npm test finished in ${Math.round((Date.now() - started) / 1000)} s`);
} catch (error) {
  console.error(`\n✖ ${error.message}`);
  process.exit(1);
}
