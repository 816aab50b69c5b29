// Static checks of infra/k8s: every kustomization renders with the pinned kustomize, every
// object is valid against the Kubernetes API's JSON schemas, then our own rules (probes,
// resources, non-root, Services, PDBs, autoscalers, the one Ingress, images, configuration
// names, secrets, MongoDB users and URLs, stream replicas). Tools: infra/build-tools.sh.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import {
  declaredVariables,
  FABRIQUE_SERVICES,
  repoRoot,
  type FabriqueService,
} from './compose.helpers.js';
import {
  assertToolsPresent,
  byName,
  configDefault,
  containerEnvironment,
  cpuMillis,
  k8sRoot,
  kustomizationDirs,
  nginxSize,
  ofKind,
  render,
  schemaErrors,
  secretValues,
  selects,
  type K8sObject,
} from './k8s.helpers.js';

const KUSTOMIZATIONS = ['base', 'overlays/production', 'overlays/local'] as const;
const backends = (Object.keys(FABRIQUE_SERVICES) as FabriqueService[]).filter(
  (s) => s !== 'gateway',
);
/** Variables only used to compose MONGO_URL inside the pod spec. */
const MONGO_PARTS = new Set(['MONGO_USER', 'MONGO_PASSWORD', 'MONGO_HOSTS', 'MONGO_OPTIONS']);
/** Custom resources (no schema in the Kubernetes API) and where they are checked. */
const CUSTOM_KINDS = new Set(['MongoDBCommunity']);

assertToolsPresent();
const rendered = Object.fromEntries(KUSTOMIZATIONS.map((k) => [k, render(k)])) as Record<
  (typeof KUSTOMIZATIONS)[number],
  K8sObject[]
>;

const podLabels = (deployment: K8sObject) => deployment.spec.template.metadata.labels;
const containerOf = (deployment: K8sObject) => deployment.spec.template.spec.containers[0];

describe.each(KUSTOMIZATIONS)('infra/k8s/%s', (kustomization) => {
  const objects = rendered[kustomization];
  const deployments = ofKind(objects, 'Deployment');

  it('has a Deployment for each service and the gateway, and only those', () => {
    expect(deployments.map((d) => d.metadata.name).sort()).toEqual(
      Object.keys(FABRIQUE_SERVICES).sort(),
    );
  });

  it('is valid against the Kubernetes API schemas (strict: no unknown fields)', () => {
    const errors: string[] = [];
    for (const object of objects) {
      const problems = schemaErrors(object);
      if (problems === undefined && !CUSTOM_KINDS.has(object.kind))
        errors.push(`${object.apiVersion} ${object.kind}: no schema in the Kubernetes API`);
      errors.push(...(problems ?? []));
    }
    expect(errors).toEqual([]);
  });

  it('the schema check rejects what the API server rejects', () => {
    const deployment = structuredClone(byName(objects, 'Deployment', 'bookings'));
    delete deployment.spec.selector;
    containerOf(deployment).livenessProbe.httpGet.paht = '/healthz';
    const hpa = structuredClone(byName(objects, 'HorizontalPodAutoscaler', 'bookings'));
    hpa.spec.minReplicas = 'two';
    expect(schemaErrors(deployment)!.length).toBeGreaterThanOrEqual(2);
    expect(schemaErrors(hpa)!.length).toBeGreaterThanOrEqual(1);
  });

  it.each(Object.keys(FABRIQUE_SERVICES))('%s: probes on its named port', (name) => {
    const container = containerOf(byName(objects, 'Deployment', name));
    const port = container.ports.find((p: K8sObject) => p.name === 'http');
    expect(port?.containerPort).toBe(FABRIQUE_SERVICES[name as FabriqueService]);
    // The gateway's /readyz asks every service: see base/gateway-readiness.yaml.
    const readiness = name === 'gateway' ? '/healthz' : '/readyz';
    expect(container.readinessProbe?.httpGet).toEqual({ path: readiness, port: 'http' });
    expect(container.livenessProbe?.httpGet).toEqual({ path: '/healthz', port: 'http' });
    expect(container.startupProbe?.httpGet).toEqual({ path: '/healthz', port: 'http' });
    expect(containerEnvironment(objects, container).get('PORT')).toBe(String(port.containerPort));
  });

  it.each(Object.keys(FABRIQUE_SERVICES))(
    '%s: resources, non-root, read-only, graceful stop',
    (name) => {
      const deployment = byName(objects, 'Deployment', name);
      const pod = deployment.spec.template.spec;
      const container = containerOf(deployment);
      for (const side of ['requests', 'limits'])
        expect(Object.keys(container.resources?.[side] ?? {}).sort()).toEqual(['cpu', 'memory']);
      expect(pod.securityContext.runAsNonRoot).toBe(true);
      expect(pod.securityContext.runAsUser).toBe(1000);
      expect(container.securityContext.allowPrivilegeEscalation).toBe(false);
      expect(container.securityContext.readOnlyRootFilesystem).toBe(true);
      const tmp = container.volumeMounts.find((m: K8sObject) => m.mountPath === '/tmp');
      expect(pod.volumes.find((v: K8sObject) => v.name === tmp?.name)?.emptyDir).toBeDefined();
      const env = containerEnvironment(objects, container);
      const shutdownMs = Number(
        env.get('SHUTDOWN_TIMEOUT_MS') ??
          configDefault('packages/service-kit/src/config.ts', 'SHUTDOWN_TIMEOUT_MS'),
      );
      const preStop = container.lifecycle?.preStop?.exec?.command ?? [];
      const preStopSeconds = preStop[0] === 'sleep' ? Number(preStop[1]) : 0;
      expect(pod.terminationGracePeriodSeconds).toBeGreaterThan(preStopSeconds + shutdownMs / 1000);
    },
  );

  it('every Deployment has a Service and a PodDisruptionBudget that select its pods', () => {
    for (const deployment of deployments) {
      const labels = podLabels(deployment);
      const name = deployment.metadata.name as FabriqueService;
      const service = byName(objects, 'Service', name);
      expect(selects(service.spec.selector, labels)).toBe(true);
      expect(service.spec.ports).toEqual([
        { name: 'http', port: FABRIQUE_SERVICES[name], targetPort: 'http' },
      ]);
      expect(selects(deployment.spec.selector.matchLabels, labels)).toBe(true);
      const budgets = ofKind(objects, 'PodDisruptionBudget').filter((b) =>
        selects(b.spec.selector.matchLabels, labels),
      );
      expect(budgets.map((b) => b.spec.minAvailable)).toEqual([1]);
    }
  });

  it('every autoscaler scales an existing Deployment on CPU, within sane bounds', () => {
    const autoscalers = ofKind(objects, 'HorizontalPodAutoscaler');
    expect(autoscalers.map((h) => h.spec.scaleTargetRef.name).sort()).toEqual(
      deployments.map((d) => d.metadata.name).sort(),
    );
    const minimum = kustomization === 'overlays/local' ? 1 : 2;
    for (const hpa of autoscalers) {
      const target = byName(objects, 'Deployment', hpa.spec.scaleTargetRef.name);
      expect(hpa.spec.scaleTargetRef).toMatchObject({ apiVersion: 'apps/v1', kind: 'Deployment' });
      // The autoscaler owns the count: a replicas field would reset it at every apply.
      expect(target.spec.replicas).toBeUndefined();
      expect(hpa.spec.minReplicas).toBeGreaterThanOrEqual(minimum);
      expect(hpa.spec.maxReplicas).toBeGreaterThan(hpa.spec.minReplicas);
      expect(hpa.spec.metrics.map((m: K8sObject) => m.resource?.name)).toContain('cpu');
      // The average CPU it aims at: above what the request reserves (an idle replica must not
      // trigger a scale-out), below the limit (a throttled replica could never reach it).
      const cpu = hpa.spec.metrics.find((m: K8sObject) => m.resource?.name === 'cpu').resource;
      const { requests, limits } = containerOf(target).resources;
      expect(cpu.target.type).toBe('Utilization');
      const aimed = (cpuMillis(requests.cpu) * cpu.target.averageUtilization) / 100;
      expect(aimed).toBeGreaterThan(cpuMillis(requests.cpu));
      expect(aimed).toBeLessThan(cpuMillis(limits.cpu));
    }
  });

  it('has one Ingress, to the gateway only, with the gateway body limit', () => {
    const ingresses = ofKind(objects, 'Ingress');
    expect(ingresses).toHaveLength(1);
    const backendsOf = ingresses[0].spec.rules.flatMap((rule: K8sObject) =>
      rule.http.paths.map((path: K8sObject) => path.backend.service.name),
    );
    expect(new Set(backendsOf)).toEqual(new Set(['gateway']));
    const bodySize =
      ingresses[0].metadata.annotations['nginx.ingress.kubernetes.io/proxy-body-size'];
    expect(nginxSize(bodySize)).toBe(
      configDefault('services/gateway/src/config.ts', 'BODY_LIMIT_BYTES'),
    );
  });

  it('runs the images of docker-compose.yml', () => {
    const compose = parse(readFileSync(join(repoRoot, 'docker-compose.yml'), 'utf8')) as {
      services: Record<string, { image: string }>;
    };
    for (const deployment of deployments) {
      const [image, tag] = containerOf(deployment).image.split(':');
      expect(image).toBe(compose.services[deployment.metadata.name]!.image.split(':')[0]);
      expect(tag).toMatch(/^[\w][\w.-]*$/);
    }
  });

  it('gives each service only variables its config.ts declares, secrets from Secrets', () => {
    const problems: string[] = [];
    for (const deployment of deployments) {
      const name = deployment.metadata.name as FabriqueService;
      const container = containerOf(deployment);
      const declared = declaredVariables(name);
      for (const variable of containerEnvironment(objects, container).keys())
        if (!declared.has(variable) && !MONGO_PARTS.has(variable))
          problems.push(`${name}: ${variable}`);
      for (const variable of container.env ?? [])
        if (/SECRET|PASSWORD|TOKEN/.test(variable.name) && !variable.valueFrom?.secretKeyRef)
          problems.push(`${name}: ${variable.name} not from a Secret`);
      for (const source of container.envFrom ?? [])
        for (const key of Object.keys(
          source.configMapRef ? byName(objects, 'ConfigMap', source.configMapRef.name).data : {},
        ))
          if (/SECRET|PASSWORD|TOKEN/.test(key)) problems.push(`${name}: ${key} in a ConfigMap`);
    }
    expect(problems).toEqual([]);
  });

  it('renders Secrets with placeholders only (real values stay in git-ignored files)', () => {
    const secrets = ofKind(objects, 'Secret');
    expect(secrets.length).toBeGreaterThan(0);
    for (const secret of secrets)
      for (const [key, value] of Object.entries(secretValues(secret)))
        expect(`${secret.metadata.name}.${key}=${value}`).toMatch(/=replace-with-[a-z0-9-]+$/);
  });

  it('notifications gets its unsubscribe secret', () => {
    const env = containerEnvironment(
      objects,
      containerOf(byName(objects, 'Deployment', 'notifications')),
    );
    expect(env.get('UNSUBSCRIBE_SECRET')?.length).toBeGreaterThanOrEqual(32);
  });
});

describe.each(['overlays/production', 'overlays/local'] as const)(
  'MongoDB and NATS in %s',
  (kustomization) => {
    const objects = rendered[kustomization];
    const mongo = ofKind(objects, 'MongoDBCommunity');
    const members = kustomization === 'overlays/production' ? 3 : 1;

    it('has one MongoDBCommunity replica set with SCRAM', () => {
      expect(mongo).toHaveLength(1);
      expect(mongo[0].apiVersion).toBe('mongodbcommunity.mongodb.com/v1');
      expect(mongo[0].spec).toMatchObject({ type: 'ReplicaSet', members });
      expect(mongo[0].spec.security.authentication.modes).toEqual(['SCRAM']);
      expect(mongo[0].spec.version).toMatch(/^7\.0\.\d+$/);
    });

    it.each(backends)('%s: its own user, database and a MONGO_URL to every member', (name) => {
      const container = containerOf(byName(objects, 'Deployment', name));
      const env = containerEnvironment(objects, container);
      const user = mongo[0].spec.users.find((u: K8sObject) => u.name === env.get('MONGO_USER'));
      expect(user.roles).toEqual([{ name: 'readWrite', db: `fabrique_${name}` }]);
      const password = container.env.find((v: K8sObject) => v.name === 'MONGO_PASSWORD');
      expect(user.passwordSecretRef).toEqual(password.valueFrom.secretKeyRef);
      // The services check MONGO_URL with the WHATWG URL parser (zod's z.url()).
      const url = new URL(env.get('MONGO_URL')!);
      expect(url.protocol).toBe('mongodb:');
      expect(url.pathname).toBe(`/fabrique_${name}`);
      expect(url.searchParams.get('replicaSet')).toBe(mongo[0].metadata.name);
      expect(url.searchParams.get('authSource')).toBe(user.db);
      const set = mongo[0].metadata.name;
      expect(url.hostname.split(',')).toEqual(
        Array.from({ length: members }, (_, i) => `${set}-${i}.${set}-svc`),
      );
    });

    it('keeps as many copies of each stream as the NATS values allow', () => {
      const values = parse(readFileSync(join(k8sRoot, 'dependencies/nats-values.yaml'), 'utf8'));
      const env = containerEnvironment(
        objects,
        containerOf(byName(objects, 'Deployment', 'bookings')),
      );
      expect(values.config.jetstream.fileStore.pvc.enabled).toBe(true);
      expect(values.config.cluster).toMatchObject({ enabled: true, replicas: 3 });
      // Production: R3 on the 3-node cluster; local: one server (cluster disabled at install).
      expect(Number(env.get('NATS_STREAM_REPLICAS'))).toBe(
        kustomization === 'overlays/production' ? 3 : 1,
      );
      expect(env.get('NATS_URL')).toBe(`nats://${values.fullnameOverride}:4222`);
    });
  },
);

describe('infra/k8s kustomizations', () => {
  it('every kustomization under infra/k8s is rendered by these checks', () => {
    expect(kustomizationDirs()).toEqual([...KUSTOMIZATIONS, 'dependencies/mongodb'].sort());
  });

  it('dependencies/mongodb renders alone: the MongoDBCommunity and nothing else', () => {
    const objects = render('dependencies/mongodb');
    expect(objects.map((o) => `${o.apiVersion} ${o.kind}/${o.metadata.name}`)).toEqual([
      'mongodbcommunity.mongodb.com/v1 MongoDBCommunity/mongo',
    ]);
  });
});

describe('infra/k8s secret files', () => {
  it('every secretGenerator file has a committed .example and is git-ignored', () => {
    const base = parse(readFileSync(join(k8sRoot, 'base/kustomization.yaml'), 'utf8'));
    const files = base.secretGenerator.flatMap((g: { envs: string[] }) => g.envs);
    expect(files.length).toBeGreaterThan(0);
    for (const file of files as string[]) {
      const path = join(k8sRoot, 'base', file);
      expect(existsSync(`${path}.example`)).toBe(true);
      const ignored = spawnSync('git', ['check-ignore', '--quiet', '--no-index', path], {
        cwd: repoRoot,
      });
      expect({ file, ignored: ignored.status === 0 }).toEqual({ file, ignored: true });
    }
  });

  it('the container spec names the container "app" so the shared patches apply', () => {
    for (const deployment of rendered.base)
      if (deployment.kind === 'Deployment') expect(containerOf(deployment).name).toBe('app');
  });
});
