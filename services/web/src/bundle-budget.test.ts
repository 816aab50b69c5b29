import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const webDir = join(import.meta.dirname, '..');
const dist = join(webDir, 'dist');
const BUDGET_BYTES = 200 * 1024;
/** Pages residents never load: hosts' and coordinators' tools. */
const STAFF_PAGES = /^src\/pages\/(host|admin)\//;

interface ManifestChunk {
  file: string;
  src?: string;
  imports?: string[];
  dynamicImports?: string[];
}

function residentChunks(manifest: Record<string, ManifestChunk>): Set<string> {
  const files = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file) || STAFF_PAGES.test(chunk.src ?? key)) return;
    files.add(chunk.file);
    for (const next of [...(chunk.imports ?? []), ...(chunk.dynamicImports ?? [])]) visit(next);
  };
  visit('index.html');
  return files;
}

describe('the resident pages’ JavaScript budget', () => {
  it('stays within 200 kB gzipped, everything a resident can load counted', () => {
    const manifestFile = join(dist, '.vite/manifest.json');
    if (!existsSync(manifestFile))
      throw new Error('services/web is not built: run `pnpm run build`');
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<
      string,
      ManifestChunk
    >;
    const files = [...residentChunks(manifest)].filter((file) => file.endsWith('.js'));
    const sizes = files.map((file) => ({
      file,
      gzipBytes: gzipSync(readFileSync(join(dist, file)), { level: 9 }).length,
    }));
    const total = sizes.reduce((sum, s) => sum + s.gzipBytes, 0);
    const report = join(webDir, '../../test-output');
    mkdirSync(report, { recursive: true });
    writeFileSync(
      join(report, 'web-bundle.json'),
      JSON.stringify(
        { budgetBytes: BUDGET_BYTES, residentGzipBytes: total, files: sizes },
        null,
        2,
      ),
    );
    expect(files.length).toBeGreaterThan(0);
    expect(total).toBeLessThanOrEqual(BUDGET_BYTES);
  });
});
