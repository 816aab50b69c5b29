import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import type { Page } from 'playwright-core';

// axe-core's own bundle, evaluated in the page (DevTools evaluation is not subject to the
// app's Content-Security-Policy, so the policy under test stays as it is).
const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/** WCAG 2.1 A and AA, what the RGAA builds on. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const BLOCKING = new Set(['serious', 'critical']);

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

export interface PageAudit {
  journey: string;
  step: string;
  path: string;
  /** Who was signed in (roles of the tab's access token), or `visitor`. */
  as: string;
  violations: Violation[];
}

const audits: PageAudit[] = [];

/** Who the page is signed in as, from the tab's stored access token. */
async function signedInAs(page: Page): Promise<string> {
  return page.evaluate(() => {
    // A page with no origin (about:blank) has no storage: nobody is signed in there.
    const stored = window.origin === 'null' ? null : sessionStorage.getItem('fabrique.accessToken');
    if (!stored) return 'visitor';
    const token = (JSON.parse(stored) as { accessToken: string }).accessToken;
    const payload = atob(token.split('.')[1]!.replace(/-/g, '+').replace(/_/g, '/'));
    const claims = JSON.parse(payload) as { roles?: string[] };
    return (claims.roles ?? []).join('+') || 'visitor';
  });
}

interface AxeResult {
  violations: {
    id: string;
    impact: string | null;
    help: string;
    nodes: { target: unknown[] }[];
  }[];
}

/**
 * Runs axe on the page as it is now; records the result and fails on a serious or critical
 * violation, naming the rule, the page and the elements.
 */
export async function auditPage(page: Page, journey: string, step: string): Promise<void> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const result = (await page.evaluate(
    (tags) =>
      (
        window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<unknown> } }
      ).axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }),
    TAGS,
  )) as AxeResult;
  const violations = result.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 10),
  }));
  const path = new URL(page.url()).pathname;
  audits.push({ journey, step, path, as: await signedInAs(page), violations });
  const blocking = violations.filter((v) => v.impact !== null && BLOCKING.has(v.impact));
  if (blocking.length > 0)
    throw new Error(
      `accessibility (${journey}/${step}, ${path}):\n${blocking
        .map((v) => `- ${v.impact} ${v.id}: ${v.help}\n  ${v.nodes.join('\n  ')}`)
        .join('\n')}`,
    );
}

/** The roles pages were audited as in this run (`visitor` when signed out). */
export function auditedRoles(): string[] {
  return [...new Set(audits.flatMap((audit) => audit.as.split('+')))].sort();
}

/** Every page audited in this run, for test-output/a11y.json. */
export function writeAudits(file: string): void {
  mkdirSync(dirname(file), { recursive: true });
  const pages = audits.length;
  const violations = audits.reduce((n, a) => n + a.violations.length, 0);
  writeFileSync(file, JSON.stringify({ standard: TAGS, pages, violations, audits }, null, 2));
}
