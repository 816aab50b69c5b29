// Renders infra/k8s with the pinned kustomize and validates the objects against the JSON
// schemas of the Kubernetes API, both from infra/build-tools.sh (.tools/), offline.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import { parseAllDocuments } from 'yaml';
import { repoRoot } from './compose.helpers.js';

/** The Kubernetes API version the objects are checked against (infra/build-tools.sh). */
export const K8S_API_VERSION = 'v1.33.0';
const toolsDir = process.env.FABRIQUE_TOOLS_DIR ?? join(repoRoot, '.tools');
export const kustomizeBin = join(toolsDir, 'bin/kustomize');
export const schemasDir = join(toolsDir, `k8s-schemas/${K8S_API_VERSION}-local-strict`);
export const k8sRoot = join(repoRoot, 'infra/k8s');

// Loose on purpose: the tests look into objects whose shape the schemas have already checked.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type K8sObject = any;
interface TypeMeta {
  apiVersion: string;
  kind: string;
  metadata?: { name?: string };
}

/** Fails clearly (never skips) when build-tools.sh has not run. */
export function assertToolsPresent(): void {
  const missing = [kustomizeBin, join(schemasDir, '_definitions.json')].filter(
    (path) => !existsSync(path),
  );
  if (missing.length > 0)
    throw new Error(
      `missing ${missing.join(', ')}: run \`bash infra/build-tools.sh\` (npm test does)`,
    );
}

function copySecretTemplates(dir: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) copySecretTemplates(path);
    else if (entry.name.endsWith('.env.example')) cpSync(path, path.slice(0, -'.example'.length));
  }
}

/**
 * `kustomize build` of one kustomization (relative to infra/k8s) in a copy of the tree where
 * every git-ignored secret file is its committed `.example`: the result is the same on every
 * machine, and a developer's real secrets are never read.
 */
export function render(kustomization: string): K8sObject[] {
  const copy = mkdtempSync(join(tmpdir(), 'fabrique-k8s-'));
  try {
    cpSync(k8sRoot, copy, { recursive: true });
    copySecretTemplates(copy);
    const result = spawnSync(kustomizeBin, ['build', join(copy, kustomization)], {
      encoding: 'utf8',
    });
    if (result.error) throw result.error;
    if (result.status !== 0) throw new Error(`kustomize build ${kustomization}: ${result.stderr}`);
    return parseAllDocuments(result.stdout).map((document) => document.toJS() as unknown);
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

/** The file of a kind in the schema set: `deployment-apps-v1.json`, `service-v1.json`. */
export function schemaFileOf(apiVersion: string, kind: string): string {
  const [group, version] = apiVersion.includes('/') ? apiVersion.split('/') : ['', apiVersion];
  const groupPart = group ? `-${group.split('.')[0]}` : '';
  return `${kind.toLowerCase()}${groupPart}-${version}.json`;
}

const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as object;

let ajv: Ajv2020 | undefined;
const validators = new Map<string, ValidateFunction>();

function schemaValidator(file: string): ValidateFunction | undefined {
  if (validators.has(file)) return validators.get(file);
  const path = join(schemasDir, file);
  if (!existsSync(path)) return undefined;
  // The schemas use OpenAPI's formats (int32, int-or-string…) and x-kubernetes-* annotations.
  ajv ??= new Ajv2020({ allErrors: true, strict: false, validateFormats: false });
  if (!ajv.getSchema('https://kubernetes.io/api/_definitions.json'))
    ajv.addSchema(readJson(join(schemasDir, '_definitions.json')));
  const validate = ajv.compile(readJson(path));
  validators.set(file, validate);
  return validate;
}

/**
 * Schema errors of one object; `undefined` when the Kubernetes API has no such kind (a custom
 * resource, which the checks then look at themselves).
 */
export function schemaErrors(object: K8sObject): string[] | undefined {
  const { apiVersion, kind, metadata } = object as TypeMeta;
  const validate = schemaValidator(schemaFileOf(apiVersion, kind));
  if (!validate) return undefined;
  if (validate(object)) return [];
  return (validate.errors ?? []).map(
    (error) => `${kind}/${metadata?.name} ${error.instancePath || '/'} ${error.message}`,
  );
}

export const ofKind = (objects: K8sObject[], kind: string): K8sObject[] =>
  objects.filter((object) => (object as TypeMeta).kind === kind);

export function byName(objects: K8sObject[], kind: string, name: string): K8sObject {
  const found: unknown = objects.find(
    (object) => (object as TypeMeta).kind === kind && (object as TypeMeta).metadata?.name === name,
  );
  if (!found) throw new Error(`no ${kind} ${name}`);
  return found;
}

/** Whether a label selector's `matchLabels` pick pods with these labels. */
export function selects(selector: Record<string, string>, labels: Record<string, string>): boolean {
  return Object.entries(selector).every(([key, value]) => labels[key] === value);
}

/** Decoded values of a Secret (`data` is base64, `stringData` plain). */
export function secretValues(object: K8sObject): Record<string, string> {
  const secret = object as { data?: Record<string, string>; stringData?: Record<string, string> };
  const values: Record<string, string> = { ...secret.stringData };
  for (const [key, value] of Object.entries(secret.data ?? {}))
    values[key] = Buffer.from(value, 'base64').toString('utf8');
  return values;
}

interface KeyRef {
  name: string;
  key: string;
}
interface EnvVar {
  name: string;
  value?: string;
  valueFrom?: { configMapKeyRef?: KeyRef; secretKeyRef?: KeyRef };
}
interface Container {
  env?: EnvVar[];
  envFrom?: { configMapRef?: { name: string }; secretRef?: { name: string } }[];
}

function configMapData(objects: K8sObject[], name: string): Record<string, string> {
  return (byName(objects, 'ConfigMap', name) as { data?: Record<string, string> }).data ?? {};
}

function valueOf(objects: K8sObject[], variable: EnvVar, env: Map<string, string>) {
  const { configMapKeyRef, secretKeyRef } = variable.valueFrom ?? {};
  if (configMapKeyRef) return configMapData(objects, configMapKeyRef.name)[configMapKeyRef.key];
  if (secretKeyRef)
    return secretValues(byName(objects, 'Secret', secretKeyRef.name))[secretKeyRef.key];
  // Kubernetes expands $(VAR) from the variables defined before; unknown ones stay as written.
  return (variable.value ?? '').replace(
    /\$\(([A-Za-z0-9_]+)\)/g,
    (whole, name: string) => env.get(name) ?? whole,
  );
}

/**
 * The environment a container gets, as Kubernetes builds it: `envFrom` first, then `env`
 * with `$(VAR)` expanded from what came before. Secret values are those of the render.
 */
export function containerEnvironment(
  objects: K8sObject[],
  container: Container,
): Map<string, string> {
  const env = new Map<string, string>();
  for (const source of container.envFrom ?? []) {
    const data = source.configMapRef
      ? configMapData(objects, source.configMapRef.name)
      : secretValues(byName(objects, 'Secret', source.secretRef!.name));
    for (const [key, value] of Object.entries(data)) env.set(key, value);
  }
  for (const variable of container.env ?? []) {
    const value = valueOf(objects, variable, env);
    if (value === undefined)
      throw new Error(`${variable.name}: its ConfigMap or Secret has no such key`);
    env.set(variable.name, value);
  }
  return env;
}

/** `1m`, `512k`, `1048576` (nginx's sizes, in 1024s) in bytes. */
export function nginxSize(size: string): number {
  const match = /^(\d+)([kKmMgG]?)$/.exec(size);
  if (!match) throw new Error(`not an nginx size: ${size}`);
  const unit = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[match[2]!.toLowerCase()]!;
  return Number(match[1]) * unit;
}

/** A numeric default of a config.ts (`BODY_LIMIT_BYTES: positiveInt.default(1024 * 1024)`). */
export function configDefault(file: string, variable: string): number {
  const source = readFileSync(join(repoRoot, file), 'utf8');
  const match = new RegExp(`${variable}:[^\\n]*\\.default\\(([\\d_ *]+)\\)`).exec(source);
  if (!match) throw new Error(`no numeric default of ${variable} in ${file}`);
  return match[1]!
    .split('*')
    .map((factor) => Number(factor.replaceAll('_', '').trim()))
    .reduce((product, factor) => product * factor, 1);
}

/** A CPU quantity (`100m`, `1`, `'0.5'`) in millicores. */
export function cpuMillis(quantity: string | number): number {
  const match = /^(\d+(?:\.\d+)?)(m?)$/.exec(String(quantity));
  if (!match) throw new Error(`not a CPU quantity: ${quantity}`);
  return match[2] === 'm' ? Number(match[1]) : Number(match[1]) * 1000;
}

/** Every folder of infra/k8s with a kustomization.yaml, relative to infra/k8s. */
export function kustomizationDirs(dir = k8sRoot): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const path = join(dir, entry.name);
    if (existsSync(join(path, 'kustomization.yaml'))) found.push(relative(k8sRoot, path));
    found.push(...kustomizationDirs(path));
  }
  return found.sort();
}
