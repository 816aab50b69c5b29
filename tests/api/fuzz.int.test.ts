// Generated requests (schemathesis: its coverage and fuzzing phases, then its stateful phase,
// which chains a creation into the operations its OpenAPI links name) against every operation
// of the gateway's OpenAPI document, on a throwaway network of the built services, as a
// coordinator and as a resident. Checked: no server error, every status and content type is
// one the document gives for the operation, every body matches its documented schema. It must
// find nothing. The seed is fixed so that a run is reproducible (FUZZ_SEED picks another).
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { apiClient, type ApiClient } from '../../services/web/src/e2e/api.js';
import { aNetwork, type Network } from '../../services/web/src/e2e/scene.js';
import { startSystem, type RunningSystem } from '../../services/web/src/e2e/system.js';

const repoRoot = join(import.meta.dirname, '../..');
const SCHEMATHESIS = join(repoRoot, '.tools/schemathesis/bin/schemathesis');
const REPORTS = join(repoRoot, 'test-output/api-fuzz');
const CHECKS = [
  'not_a_server_error',
  'status_code_conformance',
  'content_type_conformance',
  'response_schema_conformance',
].join(',');
// Operations that would end the caller's session (sign-out, deletion) and the sign-in routes:
// the rest of the run would only see 401s.
const EXCLUDED = '^/api/(auth/.*|me|me/sign-out-everywhere)$';

let system: RunningSystem;
let api: ApiClient;
let network: Network;

beforeAll(async () => {
  expect(existsSync(SCHEMATHESIS)).toBe(true);
  system = await startSystem();
  api = apiClient(system.url);
  network = await aNetwork(system, api);
}, 120_000);

afterAll(async () => {
  await system?.stop();
});

/** Runs schemathesis as `who`; resolves with its exit code and what it printed. */
async function fuzzAs(who: string, token: string) {
  const args = [
    'run',
    `${system.url}/api/docs/openapi.json`,
    '--header',
    `Authorization: Bearer ${token}`,
    '--checks',
    CHECKS,
    '--phases',
    'coverage,fuzzing,stateful',
    '--max-examples',
    '3',
    '--workers',
    '1',
    '--seed',
    process.env.FUZZ_SEED ?? '20261206',
    '--exclude-path-regex',
    EXCLUDED,
    '--no-color',
  ];
  const cwd = join(REPORTS, who);
  mkdirSync(cwd, { recursive: true });
  const outcome = await promisify(execFile)(SCHEMATHESIS, args, {
    // Its cache (.schemathesis/) goes beside the reports, not into the repository.
    cwd,
    maxBuffer: 64 * 1024 * 1024,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, SCHEMATHESIS_HOOKS: '' },
  }).then(
    ({ stdout }) => ({ code: 0, output: stdout }),
    (error: { code?: number; stdout?: string; stderr?: string }) => ({
      code: error.code ?? 1,
      output: `${error.stdout ?? ''}\n${error.stderr ?? ''}`,
    }),
  );
  writeFileSync(join(REPORTS, `${who}.txt`), outcome.output);
  // What the services logged (warnings and errors), to read beside a finding.
  if (outcome.code !== 0) writeFileSync(join(REPORTS, `${who}-services.log`), system.logs());
  return outcome;
}

// The two callers at once, each schemathesis with its own cache folder: the run takes about as
// long as the longer of them.
it('finds nothing as a coordinator, nor as a resident', async () => {
  const resident = await api.person('Rose Résidente');
  const [asCoordinator, asResident] = await Promise.all([
    fuzzAs('coordinator', network.coordinator.token),
    fuzzAs('resident', resident.token),
  ]);
  for (const { code, output } of [asCoordinator, asResident])
    if (code !== 0) console.error(output.slice(-12_000));
  expect(asCoordinator.output).toMatch(/Tested: \d{2,}/);
  expect(asResident.output).toMatch(/Tested: \d{2,}/);
  expect([asCoordinator.code, asResident.code]).toEqual([0, 0]);
}, 300_000);
