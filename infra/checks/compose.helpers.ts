// Reads docker-compose files the way Compose does, for the static checks: YAML with merge
// keys, the `!override` / `!reset` tags of override files, the merge rules of the Compose
// Specification (13-merge.md) for the parts our files use, profiles, and env files.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { parseDocument, visit } from 'yaml';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export interface Service {
  image?: string;
  build?: { context: string; dockerfile: string; args?: Record<string, string> };
  command?: string[];
  environment?: Record<string, string>;
  env_file?: string[];
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test: string[] };
  ports?: string[];
  volumes?: string[];
  profiles?: string[];
  restart?: string;
}

export interface ComposeModel {
  name?: string;
  services: Record<string, Service>;
  volumes?: Record<string, unknown>;
}

/** A parsed compose file and the paths (`services.x.depends_on`) its tags mark. */
export interface ComposeFile {
  model: JsonObject;
  overrides: Set<string>;
  resets: Set<string>;
}

export const FABRIQUE_SERVICES = {
  accounts: 8081,
  workshops: 8082,
  bookings: 8083,
  funds: 8084,
  notifications: 8085,
  gateway: 8080,
} as const;
export type FabriqueService = keyof typeof FABRIQUE_SERVICES;
export const fabriqueServices = Object.keys(FABRIQUE_SERVICES) as FabriqueService[];
/** The services with a database and the broker (all but the gateway). */
export const backendServices = fabriqueServices.filter((name) => name !== 'gateway');

export function loadComposeFile(relativePath: string): ComposeFile {
  const document = parseDocument(readFileSync(join(repoRoot, relativePath), 'utf8'), {
    merge: true,
  });
  const fatal = document.errors.map((error) => error.message);
  if (fatal.length > 0) throw new Error(`${relativePath}: ${fatal.join('; ')}`);
  const overrides = new Set<string>();
  const resets = new Set<string>();
  visit(document, (_key, node, path) => {
    const tag = (node as { tag?: string } | null)?.tag;
    if (tag !== '!override' && tag !== '!reset') return;
    const keys = path
      .filter((ancestor) => ancestor && typeof ancestor === 'object' && 'key' in ancestor)
      .map((pair) => String((pair as { key: unknown }).key));
    (tag === '!override' ? overrides : resets).add(keys.join('.'));
    (node as { tag?: string }).tag = undefined;
  });
  return { model: document.toJS() as JsonObject, overrides, resets };
}

// Compose replaces these sequences instead of appending to them.
const REPLACED_SEQUENCES = new Set(['command', 'entrypoint', 'test']);

function mergeValue(base: Json | undefined, over: Json, path: string, file: ComposeFile): Json {
  if (file.overrides.has(path) || base === undefined) return over;
  if (Array.isArray(base) && Array.isArray(over)) {
    const key = path.split('.').at(-1) ?? '';
    if (REPLACED_SEQUENCES.has(key)) return over;
    return [...base, ...over.filter((item) => !base.includes(item))];
  }
  if (isObject(base) && isObject(over)) {
    const merged: JsonObject = { ...base };
    for (const [key, value] of Object.entries(over)) {
      const childPath = `${path}.${key}`;
      if (file.resets.has(childPath)) delete merged[key];
      else merged[key] = mergeValue(base[key], value, childPath, file);
    }
    return merged;
  }
  return over;
}

/** docker compose -f base -f override … : later files merge into earlier ones. */
export function mergeComposeFiles(files: ComposeFile[]): ComposeModel {
  const [first, ...rest] = files;
  if (!first) throw new Error('no compose file');
  let merged: JsonObject = first.model;
  for (const file of rest) {
    const next: JsonObject = { ...merged };
    for (const [key, value] of Object.entries(file.model))
      next[key] = mergeValue(merged[key], value, key, file);
    merged = next;
  }
  return merged as unknown as ComposeModel;
}

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The services Compose runs with these profiles active. */
export function activeServices(model: ComposeModel, profiles: string[]): Record<string, Service> {
  return Object.fromEntries(
    Object.entries(model.services).filter(
      ([, service]) =>
        !service.profiles || service.profiles.some((profile) => profiles.includes(profile)),
    ),
  );
}

/** `${NAME:-default}` / `${NAME-default}` / `${NAME}` as Compose interpolates with NAME unset. */
export function interpolateUnset(value: string): string {
  return value.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)(?::?-([^}]*))?\}/g, (_all, _name, fallback) =>
    typeof fallback === 'string' ? fallback : '',
  );
}

/** The variables of a Compose env file (`KEY=VALUE` lines, `#` comments). */
export function readEnvFile(relativePath: string): Record<string, string> {
  const entries: Record<string, string> = {};
  for (const raw of readFileSync(join(repoRoot, relativePath), 'utf8').split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const equals = line.indexOf('=');
    if (equals <= 0) throw new Error(`${relativePath}: not KEY=VALUE: ${line}`);
    entries[line.slice(0, equals)] = line.slice(equals + 1);
  }
  return entries;
}

/** Secret env files are git-ignored; their committed `.example` sibling stands in for them. */
export function envFileOnDisk(relativePath: string): string {
  if (/secrets\.env$/.test(relativePath)) return `${relativePath}.example`;
  return relativePath;
}

/** The environment a service's container gets from its env files and `environment`. */
export function serviceEnvironment(service: Service): Record<string, string> {
  const environment: Record<string, string> = {};
  for (const file of service.env_file ?? [])
    Object.assign(environment, readEnvFile(envFileOnDisk(file)));
  return { ...environment, ...(service.environment ?? {}) };
}

export function fileExists(relativePath: string): boolean {
  return existsSync(join(repoRoot, relativePath));
}

/** The environment variables a service's config.ts (and the shared schemas) declare. */
export function declaredVariables(service: FabriqueService): Set<string> {
  // Read by packages/telemetry (OTEL_*) and by Node itself.
  const names = new Set(['OTEL_SERVICE_NAME', 'OTEL_EXPORTER_OTLP_ENDPOINT', 'NODE_ENV']);
  const own = readFileSync(join(repoRoot, `services/${service}/src/config.ts`), 'utf8');
  for (const match of own.matchAll(/^\s+([A-Z][A-Z0-9_]+):/gm)) names.add(match[1]!);
  const base = readFileSync(join(repoRoot, 'packages/service-kit/src/config.ts'), 'utf8');
  const baseNames = [...base.matchAll(/^\s+([A-Z][A-Z0-9_]+):/gm)].map((match) => match[1]!);
  // A service that takes only part of the base schema (`.pick({ HOST: true, … })`).
  const picked = /baseConfigSchema\s*\.pick\(\{([^}]*)\}\)/.exec(own);
  const pickedNames = picked
    ? [...picked[1]!.matchAll(/([A-Z][A-Z0-9_]+):/g)].map((m) => m[1]!)
    : baseNames;
  for (const name of pickedNames) names.add(name);
  return names;
}

// Vendored, see schemas/README.md.
const schema = JSON.parse(
  readFileSync(join(repoRoot, 'infra/checks/schemas/compose-spec.json'), 'utf8'),
) as JsonObject;

let validateCompose: ValidateFunction | undefined;

export function schemaErrors(model: unknown): string[] {
  // The schema names draft-07 by its https address, which ajv knows as http://…#; and it uses
  // the annotation keyword `deprecated`, unknown to draft-07, hence not strict.
  validateCompose ??= new Ajv({ allErrors: true, strict: false }).compile({
    ...schema,
    $schema: 'http://json-schema.org/draft-07/schema#',
  });
  if (validateCompose(model)) return [];
  return (validateCompose.errors ?? []).map(
    (error: ErrorObject) => `${error.instancePath || '/'} ${error.message ?? ''}`,
  );
}

/** Published host ports as `host-ip:port` (an empty ip means every interface). */
export function publishedPorts(model: ComposeModel): string[] {
  return Object.values(model.services).flatMap((service) =>
    (service.ports ?? []).map((mapping) => {
      const parts = String(mapping).split(':');
      return parts.length === 3 ? `${parts[0]}:${parts[1]}` : `:${parts[0]}`;
    }),
  );
}

/** Problems of depends_on in the services Compose would run with these profiles. */
export function dependencyProblems(model: ComposeModel, profiles: string[]): string[] {
  const active = activeServices(model, profiles);
  const problems: string[] = [];
  for (const [name, service] of Object.entries(active)) {
    for (const [target, { condition }] of Object.entries(service.depends_on ?? {})) {
      const dependency = active[target];
      if (!dependency) problems.push(`${name} depends on ${target}, which is not running`);
      else if (condition === 'service_healthy' && !dependency.healthcheck)
        problems.push(`${name} waits for ${target} to be healthy, but it has no healthcheck`);
      else if (!['service_healthy', 'service_started'].includes(condition))
        problems.push(`${name} depends on ${target} with condition ${condition}`);
    }
  }
  return problems;
}
