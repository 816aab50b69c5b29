// Static checks of docker-compose.yml: the official Compose Specification schema, then our own
// rules (healthchecks, dependency conditions, env files, builds, published ports, pinned
// images, the MongoDB replica set, NATS JetStream, the OpenTelemetry collector).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import {
  backendServices,
  declaredVariables,
  dependencyProblems,
  envFileOnDisk,
  FABRIQUE_SERVICES,
  fabriqueServices,
  fileExists,
  interpolateUnset,
  isObject,
  loadComposeFile,
  mergeComposeFiles,
  publishedPorts,
  readEnvFile,
  repoRoot,
  schemaErrors,
  serviceEnvironment,
  type JsonObject,
} from './compose.helpers.js';

const base = loadComposeFile('docker-compose.yml');
const model = mergeComposeFiles([base]);

describe('docker-compose.yml', () => {
  it('is valid against the Compose Specification schema', () => {
    expect(schemaErrors(base.model)).toEqual([]);
  });

  it('the schema check rejects what Compose rejects', () => {
    const broken = structuredClone(base.model) as { services: Record<string, JsonObject> };
    broken.services.gateway!.depends_on = { accounts: { condition: 'healthy' } };
    broken.services.mongo!.restart_policy = 'always';
    expect(schemaErrors(broken).length).toBeGreaterThanOrEqual(2);
  });

  it('builds every service and the gateway from the one Dockerfile, with its default port', () => {
    for (const name of fabriqueServices) {
      const service = model.services[name];
      expect(service?.image).toBe(`fabrique/${name}:\${FABRIQUE_TAG:-local}`);
      expect(service?.build).toEqual({
        context: '.',
        dockerfile: 'infra/docker/Dockerfile',
        args: { SERVICE: name, PORT: String(FABRIQUE_SERVICES[name]) },
      });
      expect(fileExists(join(service!.build!.context, service!.build!.dockerfile))).toBe(true);
      expect(fileExists(`services/${name}/package.json`)).toBe(true);
    }
  });

  it('gives every service a healthcheck and restarts what stops', () => {
    for (const [name, service] of Object.entries(model.services)) {
      expect({ name, restart: service.restart }).toEqual({ name, restart: 'unless-stopped' });
    }
    for (const name of [...fabriqueServices, 'mongo', 'nats']) {
      expect({ name, test: model.services[name]?.healthcheck?.test }).toEqual({
        name,
        test: expect.arrayContaining([expect.stringMatching(/\S/)]) as unknown,
      });
    }
    for (const name of fabriqueServices) {
      expect(model.services[name]!.healthcheck!.test.join(' ')).toMatch(
        /fetch\('http:\/\/127\.0\.0\.1:' \+ process\.env\.PORT \+ '\/healthz'\)/,
      );
    }
  });

  it('starts services only once what they need is healthy', () => {
    expect(dependencyProblems(model, [])).toEqual([]);
    for (const name of backendServices) {
      const needs = model.services[name]!.depends_on ?? {};
      expect({ name, mongo: needs.mongo, nats: needs.nats }).toEqual({
        name,
        mongo: { condition: 'service_healthy' },
        nats: { condition: 'service_healthy' },
      });
      // Every service but accounts verifies tokens against accounts' key set.
      if (name !== 'accounts') expect(needs.accounts).toEqual({ condition: 'service_healthy' });
    }
    const gateway = model.services.gateway!.depends_on ?? {};
    for (const name of backendServices)
      expect(gateway[name]).toEqual({ condition: 'service_healthy' });
  });

  it('the dependency check catches a wait on a service without healthcheck or not running', () => {
    const broken = structuredClone(model);
    broken.services.gateway!.depends_on!.jaeger = { condition: 'service_healthy' };
    broken.services.gateway!.depends_on!.redis = { condition: 'service_started' };
    expect(dependencyProblems(broken, []).sort()).toEqual([
      'gateway depends on redis, which is not running',
      'gateway waits for jaeger to be healthy, but it has no healthcheck',
    ]);
  });

  it('configures through env files that exist, with secrets kept out of git', () => {
    for (const [name, service] of Object.entries(model.services)) {
      for (const file of service.env_file ?? []) {
        expect({ name, file, exists: fileExists(envFileOnDisk(file)) }).toEqual({
          name,
          file,
          exists: true,
        });
      }
    }
    const gitignore = readFileSync(join(repoRoot, '.gitignore'), 'utf8');
    expect(gitignore).toMatch(/^infra\/compose\/\*secrets\.env$/m);
    expect(fileExists('infra/compose/init-secrets.sh')).toBe(true);
    // Placeholders only: nothing in git looks like a generated secret.
    const example = readEnvFile('infra/compose/secrets.env.example');
    expect(example.UNSUBSCRIBE_SECRET).toMatch(/^replace-with-/);
    expect(example.UNSUBSCRIBE_SECRET!.length).toBeGreaterThanOrEqual(32);
  });

  it('sets only variables each service reads, and every one it requires', () => {
    for (const name of fabriqueServices) {
      const environment = serviceEnvironment(model.services[name]!);
      const declared = declaredVariables(name);
      const ownFiles = (model.services[name]!.env_file ?? []).filter(
        (file) => !file.endsWith('common.env'),
      );
      for (const file of ownFiles)
        for (const variable of Object.keys(readEnvFile(envFileOnDisk(file))))
          expect({ name, variable, declared: declared.has(variable) }).toEqual({
            name,
            variable,
            declared: true,
          });
      if (name !== 'gateway') {
        expect(environment.MONGO_URL).toBe(`mongodb://mongo:27017/fabrique_${name}?replicaSet=rs0`);
        expect(environment.NATS_URL).toBe('nats://nats:4222');
      }
    }
    const common = Object.keys(readEnvFile('infra/compose/common.env'));
    for (const variable of common)
      expect({
        variable,
        read: fabriqueServices.some((name) => declaredVariables(name).has(variable)),
      }).toEqual({ variable, read: true });
    expect(serviceEnvironment(model.services.notifications!).UNSUBSCRIBE_SECRET).toBeDefined();
    const gateway = serviceEnvironment(model.services.gateway!);
    for (const name of backendServices)
      expect(gateway[`${name.toUpperCase()}_URL`]).toBe(
        `http://${name}:${FABRIQUE_SERVICES[name]}`,
      );
  });

  it('publishes only the gateway, and the UIs without sign-in on loopback only', () => {
    expect(publishedPorts(model).sort()).toEqual(['127.0.0.1:16686', '127.0.0.1:8025', ':8080']);
  });

  it('pins every image to a version', () => {
    for (const [name, service] of Object.entries(model.services)) {
      const image = interpolateUnset(service.image ?? '');
      expect({ name, image }).toEqual({ name, image: expect.stringMatching(/^[^:]+:[^:]+$/) });
      expect(image).not.toMatch(/:latest$/);
    }
  });

  it('runs MongoDB 7 as a replica set that initiates itself', () => {
    const mongo = model.services.mongo!;
    expect(mongo.image).toMatch(/^mongo:7\./);
    expect(mongo.command).toEqual(['--replSet', 'rs0', '--bind_ip_all']);
    const probe = mongo.healthcheck!.test.join(' ');
    expect(probe).toContain(
      "rs.initiate({ _id: 'rs0', members: [{ _id: 0, host: 'mongo:27017' }] })",
    );
    expect(probe).toContain('isWritablePrimary');
    expect(mongo.volumes).toContain('mongo-data:/data/db');
  });

  it('runs NATS 2.11 with JetStream on a named volume, healthy only with JetStream', () => {
    const nats = model.services.nats!;
    expect(nats.image).toMatch(/^nats:2\.11/);
    const store = nats.command![nats.command!.indexOf('-sd') + 1];
    expect(nats.command).toContain('-js');
    expect(nats.volumes).toContain(`nats-data:${store}`);
    expect(Object.keys(model.volumes ?? {})).toEqual(
      expect.arrayContaining(['nats-data', 'mongo-data']),
    );
    expect(nats.healthcheck!.test.join(' ')).toContain(':8222/healthz?js-enabled-only=true');
  });

  it('sends telemetry through a collector whose pipelines are complete', () => {
    const collector = model.services['otel-collector']!;
    const [source, target] = collector.volumes![0]!.split(':');
    expect(fileExists(source!)).toBe(true);
    expect(target).toBe('/etc/otelcol-contrib/config.yaml');
    const config = parse(readFileSync(join(repoRoot, source!), 'utf8')) as {
      receivers: JsonObject;
      processors: JsonObject;
      exporters: Record<string, { endpoint?: string }>;
      service: { pipelines: Record<string, Record<string, string[]>> };
    };
    expect(Object.keys(config.service.pipelines).sort()).toEqual(['logs', 'metrics', 'traces']);
    for (const pipeline of Object.values(config.service.pipelines)) {
      for (const kind of ['receivers', 'processors', 'exporters'] as const)
        for (const component of pipeline[kind] ?? [])
          expect({
            kind,
            component,
            defined: isObject(config[kind]) && component in config[kind],
          }).toEqual({ kind, component, defined: true });
    }
    expect(config.service.pipelines.traces!.exporters).toEqual(['otlp/jaeger']);
    const jaegerHost = config.exporters['otlp/jaeger']!.endpoint!.split(':')[0]!;
    expect(model.services[jaegerHost]).toBeDefined();
    const endpoint = new URL(readEnvFile('infra/compose/common.env').OTEL_EXPORTER_OTLP_ENDPOINT!);
    expect(model.services[endpoint.hostname]).toBe(collector);
    expect(JSON.stringify(config.receivers)).toContain(`0.0.0.0:${endpoint.port}`);
  });
});
