// Static checks of the FerretDB + PostgreSQL variant:
//   docker compose -f docker-compose.yml -f docker-compose.ferretdb.yml --profile ferretdb up
// The override file is merged into the base file as Compose merges it, then checked as a whole.
import {
  activeServices,
  backendServices,
  dependencyProblems,
  fabriqueServices,
  fileExists,
  interpolateUnset,
  loadComposeFile,
  mergeComposeFiles,
  publishedPorts,
  readEnvFile,
  schemaErrors,
  serviceEnvironment,
} from './compose.helpers.js';

const base = loadComposeFile('docker-compose.yml');
const override = loadComposeFile('docker-compose.ferretdb.yml');
const merged = mergeComposeFiles([base, override]);
const running = activeServices(merged, ['ferretdb']);

describe('docker-compose.ferretdb.yml with the ferretdb profile', () => {
  it('is valid against the Compose Specification schema, alone and merged', () => {
    expect(schemaErrors(override.model)).toEqual([]);
    expect(schemaErrors(merged)).toEqual([]);
  });

  it('runs FerretDB 1.24 on PostgreSQL 16 instead of MongoDB', () => {
    expect(Object.keys(running).sort()).toEqual(
      [
        ...fabriqueServices,
        'ferretdb',
        'postgres',
        'nats',
        'otel-collector',
        'jaeger',
        'mailpit',
      ].sort(),
    );
    expect(running.ferretdb!.image).toMatch(/^ghcr\.io\/ferretdb\/ferretdb:1\.24\.\d+$/);
    expect(running.postgres!.image).toMatch(/^postgres:16/);
    expect(running.ferretdb!.profiles).toEqual(['ferretdb']);
    expect(running.postgres!.profiles).toEqual(['ferretdb']);
    // The base file alone knows nothing of them, so plain `docker compose up` is unchanged.
    expect(Object.keys(activeServices(mergeComposeFiles([base]), ['ferretdb']))).not.toContain(
      'ferretdb',
    );
  });

  it("gives PostgreSQL the embedded default's index SQL at its first start", () => {
    expect(fileExists('infra/ferretdb/gin-twins.sql')).toBe(true);
    expect(running.postgres!.volumes).toContainEqual(
      './infra/ferretdb/gin-twins.sql:/docker-entrypoint-initdb.d/10-gin-twins.sql:ro',
    );
  });

  it('points every service at FerretDB, one database each, and nothing at MongoDB', () => {
    const databases = new Set<string>();
    for (const name of backendServices) {
      const url = serviceEnvironment(running[name]!).MONGO_URL!;
      expect(url).toBe(`mongodb://ferretdb:27017/fabrique_${name}`);
      databases.add(new URL(url).pathname);
      expect(Object.keys(running[name]!.depends_on ?? {})).not.toContain('mongo');
      expect(running[name]!.depends_on?.ferretdb).toEqual({ condition: 'service_started' });
    }
    expect(databases.size).toBe(backendServices.length);
    expect(JSON.stringify(running)).not.toMatch(/mongodb:\/\/mongo:|replicaSet/);
  });

  it('keeps every dependency satisfiable, and needs the profile to be valid', () => {
    expect(dependencyProblems(merged, ['ferretdb'])).toEqual([]);
    // With the override but without the profile Compose refuses the model: no silent fallback.
    expect(dependencyProblems(merged, [])).toEqual(
      expect.arrayContaining(['accounts depends on ferretdb, which is not running']),
    );
    expect(running.ferretdb!.depends_on).toEqual({ postgres: { condition: 'service_healthy' } });
    expect(running.postgres!.healthcheck!.test).toEqual(expect.arrayContaining(['pg_isready']));
  });

  it('connects FerretDB to PostgreSQL with one password kept out of git', () => {
    for (const name of ['ferretdb', 'postgres']) {
      expect(running[name]!.env_file).toEqual(['infra/compose/ferretdb.secrets.env']);
    }
    expect(fileExists('infra/compose/ferretdb.secrets.env.example')).toBe(true);
    const example = readEnvFile('infra/compose/ferretdb.secrets.env.example');
    const url = new URL(example.FERRETDB_POSTGRESQL_URL!);
    expect(url.password).toBe(example.POSTGRES_PASSWORD);
    expect(example.POSTGRES_PASSWORD).toMatch(/^replace-with-/);
    expect(url.hostname).toBe('postgres');
    expect(decodeURIComponent(url.username)).toBe(running.postgres!.environment!.POSTGRES_USER);
    expect(url.pathname).toBe(`/${running.postgres!.environment!.POSTGRES_DB}`);
    // FerretDB's pool must be larger than the operations in flight, and fit in PostgreSQL.
    const pool = Number(url.searchParams.get('pool_max_conns'));
    const maxConnections = Number(
      /max_connections=(\d+)/.exec(JSON.stringify(running.postgres!.command))?.[1],
    );
    expect(pool).toBeGreaterThanOrEqual(150);
    expect(maxConnections).toBeGreaterThan(pool);
    expect(running.ferretdb!.environment).toMatchObject({
      FERRETDB_HANDLER: 'postgresql',
      FERRETDB_LISTEN_ADDR: ':27017',
    });
  });

  it('publishes nothing more and pins its images', () => {
    expect(publishedPorts({ services: running }).sort()).toEqual([
      '127.0.0.1:16686',
      '127.0.0.1:8025',
      ':8080',
    ]);
    for (const service of Object.values(running))
      expect(interpolateUnset(service.image ?? '')).toMatch(/^[^:]+:(?!latest$)[^:]+$/);
  });
});
