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
  // The API checks (project `api`: the fuzz check and the access table walk) flood networks of
  // their own with requests: they run first, without the rest, so that their load does not
  // slow the others' timing-bound tests.
  const suites = [
    { name: 'api-fuzz-results', args: ['--selectProjects', 'api'] },
    { name: 'jest-results', args: ['--ignoreProjects', 'api'] },
  ];
  let passed = 0;
  for (const suite of suites) {
    const report = join(outputDir, `${suite.name}.json`);
    let failure;
    try {
      run(pnpm, ['run', 'jest', ...suite.args, '--json', `--outputFile=${report}`]);
    } catch (error) {
      failure = error;
    }
    const results = JSON.parse(readFileSync(report, 'utf8'));
    console.log(`\n${results.numPassedTests} passed, ${results.numFailedTests} failed`);
    if (failure) throw failure;
    if (results.numTotalTests === 0) throw new Error(`no test ran (${suite.name})`);
    passed += results.numPassedTests;
  }
  console.log(`${passed} tests passed`);
  console.log(`npm test finished in ${Math.round((Date.now() - started) / 1000)} s`);
} catch (error) {
  console.error(`\n✖ ${error.message}`);
  process.exit(1);
}
