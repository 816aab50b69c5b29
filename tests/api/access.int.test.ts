// Every operation of the gateway's OpenAPI document, called as each kind of caller (anonymous,
// a resident with no tie to the object, its owner, its host, a funder of the organisation, a
// coordinator) on real objects, against the access table of the service that answers it
// (`x-access`, from `src/http/access.ts`). Fails on an operation missing from a table and on
// any answer that disagrees with it; the findings are in test-output/access.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Caller } from '@fabrique/service-kit';
import { apiClient, type ApiClient } from '../../services/web/src/e2e/api.js';
import { aNetwork } from '../../services/web/src/e2e/scene.js';
import { startSystem, type RunningSystem } from '../../services/web/src/e2e/system.js';
import {
  callersOf,
  callOrder,
  concretePath,
  disagreement,
  ENDS_SESSION,
  type Operation,
} from './access-calls.js';
import { aScene, type Scene } from './access-scene.js';

const OUTPUT = join(import.meta.dirname, '../../test-output');

let system: RunningSystem;
let api: ApiClient;
let scene: Scene;

beforeAll(async () => {
  system = await startSystem();
  api = apiClient(system.url, system.smtp);
  scene = await aScene(system, api, await aNetwork(system, api));
}, 180_000);

afterAll(async () => {
  await system?.stop();
});

type Documented = Record<string, Record<string, { 'x-access'?: Caller[]; requestBody?: unknown }>>;

async function operations(): Promise<Operation[]> {
  const doc = (await api.get<{ paths: Documented }>('/api/docs/openapi.json')).paths;
  return Object.entries(doc).flatMap(([path, item]) =>
    Object.entries(item).map(([method, op]) => ({
      method: method.toUpperCase(),
      path,
      access: op['x-access'],
      hasBody: op.requestBody !== undefined,
    })),
  );
}

async function call(operation: Operation, caller: Caller): Promise<number> {
  const token = caller === 'anonymous' ? undefined : scene.people[caller].token;
  const response = await fetch(`${system.url}${concretePath(operation.path, scene.ids)}`, {
    method: operation.method,
    headers: {
      ...(token && { authorization: `Bearer ${token}` }),
      ...(operation.hasBody && { 'content-type': 'application/json' }),
    },
    ...(operation.hasBody && { body: '{}' }),
  });
  await response.arrayBuffer();
  return response.status;
}

it('answers every operation as its service’s access table says, for every kind of caller', async () => {
  const all = (await operations()).sort((a, b) => callOrder(a) - callOrder(b));
  expect(all.length).toBeGreaterThan(100);
  const missing = all
    .filter((op) => op.access === undefined)
    .map((op) => `${op.method} ${op.path}`);
  const findings: { operation: string; caller: Caller; problem: string }[] = [];
  for (const operation of all.filter((op) => op.access !== undefined)) {
    for (const caller of callersOf(operation)) {
      const allowed = operation.access?.includes(caller) ?? false;
      const problem = disagreement(await call(operation, caller), allowed, caller);
      if (problem)
        findings.push({ operation: `${operation.method} ${operation.path}`, caller, problem });
      const key = `${operation.method} ${operation.path}`;
      if (ENDS_SESSION.has(key) && caller !== 'anonymous' && key !== 'DELETE /api/me') {
        // Tokens carry their time in whole seconds: a new one in the same second would be
        // as old as the revocation.
        await new Promise((resolve) => setTimeout(resolve, 1_100));
        scene.people[caller] = await api.refresh(scene.people[caller]);
      }
    }
  }
  mkdirSync(OUTPUT, { recursive: true });
  writeFileSync(join(OUTPUT, 'access.json'), JSON.stringify({ missing, findings }, null, 2));
  expect({ missing, findings }).toEqual({ missing: [], findings: [] });
}, 600_000);
