/**
 * What sync costs the first page while it is off (issue #18: at most 1 KB gzip). The app is
 * built twice in one run: as shipped, and with the three first-page pieces of sync (the `Sync`
 * button and status, the card's sync lines, the sync switch) replaced by empty stand-ins
 * (bench/sync-off/). The difference is what a reader who never uses sync downloads for it.
 *
 * The first page's JavaScript is what index.html loads: its module script and the modules it
 * preloads, gzip -9 each.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type Alias } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const LIMIT_BYTES = 1024;

const stand = (name: string) => join(root, 'bench/sync-off', name);
const syncOff: Alias[] = [
  { find: /^(\.\.\/)+sync\/SyncControl$/, replacement: stand('SyncControl.tsx') },
  { find: /^(\.\.\/)+sync\/CardSyncLines$/, replacement: stand('CardSyncLines.tsx') },
  { find: /^(\.\.\/)+state\/sync-switch$/, replacement: stand('sync-switch.ts') },
];

/** Builds the app into a temporary folder and returns the gzip bytes of its first page's JavaScript, by file. */
async function firstPage(alias: Alias[]): Promise<Map<string, number>> {
  const outDir = mkdtempSync(join(tmpdir(), 'marginalia-first-page-'));
  try {
    await build({ root, configFile: join(root, 'vite.config.ts'), logLevel: 'error', resolve: { alias }, build: { outDir, emptyOutDir: true, sourcemap: false } });
    const html = readFileSync(join(outDir, 'index.html'), 'utf8');
    const files = [...html.matchAll(/<(?:script[^>]*type="module"[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="\/?([^"]+\.js)"/g)].map((m) => m[1] as string);
    return new Map(files.map((file) => [file.replace(/-[\w-]{8}\.js$/, '.js'), gzipSync(readFileSync(join(outDir, file)), { level: 9 }).length]));
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

const total = (files: Map<string, number>) => [...files.values()].reduce((a, b) => a + b, 0);

const shipped = await firstPage([]);
const without = await firstPage(syncOff);
const cost = total(shipped) - total(without);
console.log('First page JavaScript with sync off, gzip -9 (index.html’s module script and preloads)');
console.log(`  as shipped        ${total(shipped).toLocaleString('en').padStart(9)} bytes   ${[...shipped.keys()].join(' ')}`);
console.log(`  without sync      ${total(without).toLocaleString('en').padStart(9)} bytes   (baseline: the same build with sync's first-page pieces stubbed)`);
console.log(`  sync's share      ${cost.toLocaleString('en').padStart(9)} bytes   ratio ×${(total(shipped) / total(without)).toFixed(4)}   goal ≤ ${LIMIT_BYTES} bytes: ${cost <= LIMIT_BYTES ? 'met' : 'missed'}`);
