// Static checks of infra/docker/Dockerfile: hadolint, dockerfile-utils' validator (the one
// behind VS Code's Docker support), then our own rules for the image every service is built from.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DockerfileParser } from 'dockerfile-ast';
import { validate } from 'dockerfile-utils';
import { fabriqueServices, fileExists, repoRoot } from './compose.helpers.js';

const DOCKERFILE = 'infra/docker/Dockerfile';

interface Step {
  keyword: string;
  /** The arguments, flags (`--from=…`) included. */
  args: string;
}
interface Stage {
  from: string;
  name: string | null;
  steps: Step[];
}

/** Validator problems as `line: message`. */
function lintProblems(content: string): string[] {
  return validate(content).map((diagnostic) => {
    const { message } = diagnostic;
    return `${diagnostic.range.start.line + 1}: ${typeof message === 'string' ? message : message.value}`;
  });
}

/** The stages, with FROM images resolved against the global ARG defaults. */
function stagesOf(content: string): Stage[] {
  const dockerfile = DockerfileParser.parse(content);
  const globals: Record<string, string> = {};
  for (const arg of dockerfile.getInitialARGs()) {
    const property = arg.getProperty();
    if (property?.getName()) globals[property.getName()] = property.getValue() ?? '';
  }
  const stages: Stage[] = [];
  for (const instruction of dockerfile.getInstructions()) {
    const keyword = instruction.getKeyword();
    // The whole instruction less its keyword, continuation lines joined, flags included.
    const args = instruction
      .getTextContent()
      .replace(/\\\n\s*/g, ' ')
      .slice(instruction.getInstruction().length)
      .trim();
    if (keyword === 'FROM') {
      const [image = '', , name = null] = args.split(/\s+/);
      const from = image.replace(
        /\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?/g,
        (_all, v: string) => globals[v] ?? '',
      );
      stages.push({ from, name, steps: [] });
    } else stages.at(-1)?.steps.push({ keyword, args });
  }
  return stages;
}

/** Our rules; each problem is one readable line. */
function ruleProblems(content: string): string[] {
  const problems: string[] = [];
  const stages = stagesOf(content);
  const final = stages.at(-1);
  if (stages.length < 2 || !final) return ['not a multi-stage build'];
  const all = stages.flatMap((stage) => stage.steps);
  const run = all
    .filter((step) => step.keyword === 'RUN')
    .map((step) => step.args)
    .join('\n');
  const finalOf = (keyword: string) => final.steps.filter((step) => step.keyword === keyword);

  for (const stage of stages)
    if (!/^node:24(\.\d+)*-(bookworm-|trixie-)?slim(@sha256:[0-9a-f]{64})?$/.test(stage.from))
      problems.push(`stage ${stage.name ?? '?'} is not FROM a node:24 slim image: ${stage.from}`);
  const user = finalOf('USER').at(-1)?.args;
  if (!user || /^(root|0)(:|$)/.test(user))
    problems.push('the final stage does not run as a non-root USER');
  const healthcheck = finalOf('HEALTHCHECK').at(-1)?.args ?? '';
  if (!/\/healthz/.test(healthcheck) || !/CMD/.test(healthcheck))
    problems.push('the final stage has no HEALTHCHECK probing /healthz');
  if (!finalOf('ENV').some((step) => /NODE_ENV=production/.test(step.args)))
    problems.push('NODE_ENV=production is not set in the final stage');
  if (finalOf('EXPOSE').length === 0) problems.push('the final stage EXPOSEs no port');
  for (const step of finalOf('COPY'))
    if (!/--from=\S+/.test(step.args) || !/^\S*(\s+--\S+)*\s+\/out\s+/.test(step.args))
      problems.push(`the final stage copies more than the deployed /out: COPY ${step.args}`);
  if (!/pnpm install[^\n]*--frozen-lockfile/.test(run))
    problems.push('pnpm install without --frozen-lockfile');
  if (!/pnpm fetch/.test(run)) problems.push('no pnpm fetch layer');
  if (!/pnpm[^\n]*deploy[^\n]*--prod/.test(run)) problems.push('no pnpm deploy --prod');
  if (!/inject-workspace-packages=true/.test(run))
    problems.push('pnpm deploy without injected workspace packages');
  for (const step of all) {
    if (step.keyword === 'ADD')
      problems.push(`ADD is not used (COPY, no remote URLs): ADD ${step.args}`);
    const secret = /\b\w*(SECRET|PASSWORD|TOKEN|PRIVATE_KEY|API_KEY)\w*(?==)/i.exec(step.args);
    if ((step.keyword === 'ENV' || step.keyword === 'ARG') && secret)
      problems.push(`a secret is baked into the image: ${step.keyword} ${secret[0]}`);
  }
  return problems;
}

const content = readFileSync(join(repoRoot, DOCKERFILE), 'utf8');

const HADOLINT = join(repoRoot, '.tools/bin/hadolint');

/** hadolint's findings for a Dockerfile given on stdin (every level, info included). */
function hadolint(dockerfile: string): { status: number | null; output: string } {
  if (!existsSync(HADOLINT)) {
    throw new Error(`${HADOLINT} is missing: run \`bash infra/build-tools.sh\` first`);
  }
  const run = spawnSync(HADOLINT, ['--no-color', '-'], { input: dockerfile, encoding: 'utf8' });
  return { status: run.status, output: `${run.stdout}${run.stderr}`.trim() };
}

describe('infra/docker/Dockerfile', () => {
  it('passes the dockerfile-utils validator', () => {
    expect(lintProblems(content)).toEqual([]);
  });

  it('passes hadolint', () => {
    expect(hadolint(content)).toEqual({ status: 0, output: '' });
  });

  it('hadolint reports what it is about', () => {
    const broken = content.replace('WORKDIR /app\n', 'RUN cd /app\n');
    const { status, output } = hadolint(broken);
    expect(status).not.toBe(0);
    expect(output).toMatch(/DL3003/);
  });

  it('the validator reports broken instructions', () => {
    const broken = content
      .replace('HEALTHCHECK --interval=10s', 'HEALTHCHECK --interval=10parsecs')
      .replace('EXPOSE ${PORT}', 'EXPOSE ${PORT}\nEXPOS 8080');
    expect(lintProblems(broken).length).toBeGreaterThanOrEqual(2);
  });

  it('follows our rules: slim Node 24, non-root, healthcheck, pnpm deploy, no secrets', () => {
    expect(ruleProblems(content)).toEqual([]);
  });

  it('the rules catch what they are about', () => {
    const broken = content
      .replace('USER 1000:1000', 'USER root')
      .replace(
        /^FROM \$\{NODE_IMAGE\} AS runtime$/m,
        'FROM node:24 AS runtime\nADD https://example.org/x /x',
      )
      .replace('--frozen-lockfile', '')
      .replace(/^HEALTHCHECK[\s\S]*?\n(?=CMD)/m, '')
      .replace('ENV NODE_ENV=production', 'ENV API_TOKEN=abc NODE_ENV=production');
    expect(ruleProblems(broken)).toEqual(
      expect.arrayContaining([
        'stage runtime is not FROM a node:24 slim image: node:24',
        'the final stage does not run as a non-root USER',
        'the final stage has no HEALTHCHECK probing /healthz',
        'pnpm install without --frozen-lockfile',
        'ADD is not used (COPY, no remote URLs): ADD https://example.org/x /x',
        'a secret is baked into the image: ENV API_TOKEN',
      ]),
    );
    expect(ruleProblems(content.replace(/^FROM [\s\S]*?(?=^FROM )/m, ''))).toEqual([
      'not a multi-stage build',
    ]);
  });

  it('installs the pnpm of package.json and accepts exactly the services that exist', () => {
    const { packageManager } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as {
      packageManager: string;
    };
    expect(content).toContain(`ARG PNPM_VERSION=${packageManager.replace(/^pnpm@/, '')}`);
    const accepted = /case "\$SERVICE" in\s*\\\s*\n\s*([a-z|]+)\)/.exec(content)?.[1]?.split('|');
    expect(accepted?.sort()).toEqual([...fabriqueServices].sort());
  });

  it('starts each service the way its start script does', () => {
    const cmd = stagesOf(content)
      .at(-1)!
      .steps.find((step) => step.keyword === 'CMD')!.args;
    const command = (JSON.parse(cmd) as string[]).join(' ');
    for (const name of fabriqueServices) {
      const manifest = JSON.parse(
        readFileSync(join(repoRoot, 'services', name, 'package.json'), 'utf8'),
      ) as { name: string; scripts: { start: string } };
      expect({ name, start: manifest.scripts.start }).toEqual({ name, start: command });
      expect(manifest.name).toBe(`@fabrique/${name}`);
    }
  });

  it('copies into the build only files that exist and the build context keeps', () => {
    const dockerignore = readFileSync(join(repoRoot, '.dockerignore'), 'utf8')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '' && !line.startsWith('#'));
    for (const entry of ['**/node_modules', '**/dist', '.git', '.data', '.tools', 'test-output'])
      expect(dockerignore).toContain(entry);
    expect(dockerignore).toContain('infra/compose/secrets.env');
    const firstCopy = stagesOf(content)[0]!.steps.find((step) => step.keyword === 'COPY')!;
    const sources = firstCopy.args.split(/\s+/).slice(0, -1);
    for (const source of sources) {
      expect({ source, exists: fileExists(source) }).toEqual({ source, exists: true });
      expect(dockerignore).not.toContain(source);
    }
    // The gateway's image serves the web app that the build stage makes.
    expect(content).toMatch(/cp -R services\/web\/dist \/out\/web/);
    expect(content).toMatch(/WEB_DIST_DIR=\/app\/web/);
  });
});
