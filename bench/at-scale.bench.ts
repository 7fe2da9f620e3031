/**
 * At-scale benchmark: a seeded synthetic article of about 1 MB with 1,000 and 10,000 annotations,
 * and an edited version of it, measured in headless Chromium (Debian's, through playwright-core)
 * on a page built from the app's own modules (bench/browser/). Peers installed as dev
 * dependencies run in the same runs, back to back with ours, so the ratios hold on a busy
 * machine. Every figure is the median of RUNS runs. Prints a table and writes the figures to
 * bench/results.json (under "at-scale"; other benchmarks' keys are kept).
 *
 * This is not a test: nothing here fails on a slow figure. A missed goal is printed as missed.
 */
import react from '@vitejs/plugin-react';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import { launchChromium } from '../tests/e2e/support/browser';
import { serveDist, type StaticServer } from '../tests/e2e/support/static-server';
import type { AnchoringRun } from './browser/anchoring-figures';

const RUNS = 5;
/** The first page's JavaScript at the start of this session (132.5 KB gzip) plus the 5 KB it may grow. */
const FIRST_PAGE_LIMIT_KB = 132.5 + 5;
const TYPED = 'Checked against the ministry figures of last spring, which differ. ';
const root = resolve(import.meta.dirname, '..');
/**
 * `BENCH_ONLY=reader,storage npm run bench -- at-scale` runs only those parts (first-page,
 * anchoring, painting, storage, reader), to iterate on one figure; such a run leaves
 * bench/results.json alone.
 */
const ONLY = process.env.BENCH_ONLY ? new Set(process.env.BENCH_ONLY.split(',').map((part) => part.trim())) : null;
const wants = (part: string) => ONLY === null || ONLY.has(part);

interface Figure {
  figure: string;
  ours: number;
  unit: 'ms' | 'KB' | '×';
  goal: string;
  met: boolean | null;
  peer?: string;
  peerValue?: number;
  ratio?: number;
  note?: string;
  runs?: number[];
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

async function buildInto(dir: string, config: Parameters<typeof build>[0]): Promise<void> {
  await build({ ...config, logLevel: 'warn', build: { ...config?.build, outDir: dir, emptyOutDir: true } });
}

/** gzip size (KB) of the JavaScript the built app loads to show its first page, measured by loading it. */
async function firstPageJs(page: Page, server: StaticServer, dist: string): Promise<{ kb: number; files: string[] }> {
  const files = new Set<string>();
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.endsWith('.js')) files.add(path);
  });
  await page.goto(server.url);
  await page.locator('article[data-interactive] h1').waitFor();
  await page.waitForLoadState('networkidle');
  let bytes = 0;
  for (const file of files) bytes += gzipSync(readFileSync(join(dist, file))).length;
  return { kb: bytes / 1024, files: [...files].sort() };
}

/** Per-keystroke main-thread time (ms) while typing into the open editor, from the DevTools Performance metrics. */
async function typingCost(page: Page): Promise<number[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const taskSeconds = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0;
  const out: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    await page.evaluate(() => window.bench.openNoteEditor());
    const before = await taskSeconds();
    await page.keyboard.type(TYPED, { delay: 25 });
    const after = await taskSeconds();
    out.push(((after - before) * 1000) / TYPED.length);
    await page.evaluate(() => window.bench.closeEditor());
  }
  await cdp.detach();
  return out;
}

/**
 * Runs `work`; with `BENCH_PROFILE=<folder>` set, also records a CPU profile of it there
 * (`<name>.cpuprofile`, opens in Chromium's DevTools), to see where a figure's time goes.
 */
async function profiled<T>(page: Page, name: string, work: () => Promise<T>): Promise<T> {
  const folder = process.env.BENCH_PROFILE;
  if (!folder) return work();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.start');
  const result = await work();
  const { profile } = await cdp.send('Profiler.stop');
  writeFileSync(join(folder, `${name}.cpuprofile`), JSON.stringify(profile));
  await cdp.detach();
  return result;
}

/** The fastest peer (by median) and, run by run, its time over ours (`ours[i]`, by default each run's own). */
function ratios(runs: readonly AnchoringRun[], ours: readonly number[] = runs.map((r) => r.ours)): { peer: string; peerMs: number; ratio: number } {
  const names = Object.keys(runs[0]?.peers ?? {});
  const fastest = names.map((name) => ({ name, ms: median(runs.map((r) => r.peers[name] as number)) })).sort((a, b) => a.ms - b.ms)[0] as { name: string; ms: number };
  return { peer: fastest.name, peerMs: fastest.ms, ratio: median(runs.map((r, i) => (r.peers[fastest.name] as number) / (ours[i] as number))) };
}

const fmt = (value: number, unit: Figure['unit']) => (unit === '×' ? `×${value.toFixed(0)}` : unit === 'KB' ? `${value.toFixed(1)} KB` : `${value < 10 ? value.toFixed(2) : value.toFixed(1)} ms`);

async function main() {
  const appDist = mkdtempSync(join(tmpdir(), 'marginalia-bench-app-'));
  const pageDist = mkdtempSync(join(tmpdir(), 'marginalia-bench-page-'));
  console.log('Building the app and the benchmark page (into temporary folders; dist/ is left alone)…');
  await buildInto(appDist, { root, configFile: join(root, 'vite.config.ts'), build: { sourcemap: false } });
  // A profiled run keeps names readable.
  await buildInto(pageDist, { root: join(root, 'bench/browser'), configFile: false, base: './', plugins: [react()], build: { target: 'es2022', sourcemap: false, minify: !process.env.BENCH_PROFILE } });

  const appServer = await serveDist(appDist);
  const pageServer = await serveDist(pageDist);
  const browser = await launchChromium();
  const figures: Figure[] = [];
  const details: Record<string, unknown> = {};
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const appPage = await context.newPage();
    const js = wants('first-page') ? await firstPageJs(appPage, appServer, appDist) : null;
    await appPage.close();

    const page = await context.newPage();
    page.on('pageerror', (error) => console.error('page error:', error.message));
    await page.goto(`${pageServer.url}/index.html`);
    details.browser = browser.version();
    console.log('Building the workload…');
    const workload = await page.evaluate((runs) => window.bench.workload(runs), RUNS);
    details.workload = { ...workload, prepareMs: median(workload.prepareMs) };
    console.log(`  article ${(workload.chars / 1e6).toFixed(2)} M characters in ${workload.blocks} blocks; edited ${(workload.editedChars / 1e6).toFixed(2)} M`);

    if (wants('anchoring')) {
      console.log('Anchoring (ours and peers)…');
      const anchoring = await page.evaluate((runs) => window.bench.anchoring(runs), RUNS);
      details.outcome = anchoring.outcome;
      const editedMain = anchoring.edited.map((r) => r.main);
      const settle = anchoring.edited.map((r) => r.settle);
      const t10 = ratios(anchoring.tenThousand);
      const t1 = ratios(anchoring.thousand);
      // On the edited article ours is the main-thread pass plus the worker: all the work, as the peers do it all.
      const te = ratios(
        anchoring.editedPeers,
        editedMain.map((main, i) => main + (settle[i] as number)),
      );
      const ours10 = median(anchoring.tenThousand.map((r) => r.ours));
      figures.push(
        { figure: 'anchor 1,000 annotations, unchanged article', ours: median(anchoring.thousand.map((r) => r.ours)), unit: 'ms', goal: '—', met: null, peer: t1.peer, peerValue: t1.peerMs, ratio: t1.ratio, runs: anchoring.thousand.map((r) => r.ours) },
        { figure: 'anchor 10,000 annotations, unchanged article', ours: ours10, unit: 'ms', goal: '< 60 ms', met: ours10 < 60, peer: t10.peer, peerValue: t10.peerMs, ratio: t10.ratio, runs: anchoring.tenThousand.map((r) => r.ours) },
        { figure: 'anchor 10,000, edited article, main thread', ours: median(editedMain), unit: 'ms', goal: '< 250 ms', met: median(editedMain) < 250, note: `${anchoring.edited[0]?.pending ?? 0} left to the worker`, runs: editedMain },
        { figure: 'orphans settled in the background (worker)', ours: median(settle), unit: 'ms', goal: '< 1500 ms', met: median(settle) < 1500, runs: settle },
        { figure: 'our anchoring against the fastest peer, unchanged (10,000)', ours: t10.ratio, unit: '×', goal: '≥ ×200', met: t10.ratio >= 200, peer: t10.peer },
        { figure: 'our anchoring against the fastest peer, edited (main + worker)', ours: te.ratio, unit: '×', goal: '≥ ×200', met: te.ratio >= 200, peer: te.peer, peerValue: te.peerMs },
      );
    }

    if (wants('painting')) {
      console.log('Painting…');
      const painting = await page.evaluate((runs) => window.bench.painting(runs), RUNS);
      const paintOurs = median(painting.map((r) => r.ours));
      const paintMarks = median(painting.map((r) => r.marks));
      figures.push({
        figure: 'highlights painted after anchoring (10,000)',
        ours: paintOurs,
        unit: 'ms',
        goal: '< 20 ms',
        met: paintOurs < 20,
        peer: '<mark> wrapping',
        peerValue: paintMarks,
        ratio: median(painting.map((r) => r.marks / r.ours)),
        note: `${painting[0]?.registered ?? 0} ranges registered; every range as custom highlights: ${median(painting.map((r) => r.allRanges)).toFixed(1)} ms`,
        runs: painting.map((r) => r.ours),
      });

    }

    if (wants('reader')) {
      console.log('The reader with none, then 10,000 annotations (mounts interleaved)…');
      // Mounts alternate between none and 10,000, so that a busy moment of the machine falls on both.
      const mountNone: number[] = [];
      const mountMany: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        mountNone.push((await page.evaluate(() => window.bench.mount(0))).ms);
        mountMany.push((await page.evaluate(() => window.bench.mount(10_000))).ms);
      }
      await page.evaluate(() => window.bench.mount(0));
      const selectNone = await profiled(page, 'select-none', () => page.evaluate((runs) => window.bench.selectToSaved(runs), RUNS));
      const typingNone = await typingCost(page);
      await profiled(page, 'mount', () => page.evaluate(() => window.bench.mount(10_000)));
      const selectMany = await profiled(page, 'select', () => page.evaluate((runs) => window.bench.selectToSaved(runs), RUNS));
      const typingMany = await profiled(page, 'typing', () => typingCost(page));
      const registeredMany = await page.evaluate(() => window.bench.registered());
      await page.evaluate(() => window.bench.unmount());
      details.mount = { noneMs: median(mountNone), tenThousandMs: median(mountMany), registeredWithTenThousand: registeredMany };
      const typingDelta = median(typingMany) - median(typingNone);
      const selectDelta = median(selectMany) - median(selectNone);
      const mountDelta = median(mountMany) - median(mountNone);
      figures.push(
        {
          figure: 'select text to painted and saved highlight: 10,000 minus none',
          ours: selectDelta,
          unit: 'ms',
          goal: '< 5 ms',
          met: selectDelta < 5,
          note: `${median(selectMany).toFixed(1)} ms with 10,000, ${median(selectNone).toFixed(1)} ms with none`,
          runs: selectMany.map((m, i) => m - (selectNone[i] as number)),
        },
        {
          figure: 'mount the reader: 10,000 minus none',
          ours: mountDelta,
          unit: 'ms',
          goal: '< 60 ms',
          met: mountDelta < 60,
          note: `${median(mountMany).toFixed(0)} ms with 10,000, ${median(mountNone).toFixed(0)} ms with none`,
          runs: mountMany.map((m, i) => m - (mountNone[i] as number)),
        },
        {
          figure: 'typing a note, main thread per key: 10,000 minus none',
          ours: typingDelta,
          unit: 'ms',
          goal: '< 2 ms',
          met: typingDelta < 2,
          note: `${median(typingMany).toFixed(2)} ms with 10,000, ${median(typingNone).toFixed(2)} ms with none`,
          runs: typingMany.map((m, i) => m - (typingNone[i] as number)),
        },
      );
    }

    if (wants('storage')) {
      console.log('Storage and export…');
      const storage = await page.evaluate((runs) => window.bench.storage(runs), RUNS);
      const load = median(storage.load);
      const exported = median(storage.export.ms);
      figures.push(
        { figure: 'load 10,000 annotations from IndexedDB', ours: load, unit: 'ms', goal: '< 150 ms', met: load < 150, runs: storage.load },
        { figure: 'export 10,000 annotations (W3C JSON-LD)', ours: exported, unit: 'ms', goal: '< 50 ms', met: exported < 50, note: `${(storage.export.bytes / 1024 / 1024).toFixed(1)} MB`, runs: storage.export.ms },
      );
    }
    // The first page may grow by at most 5 KB gzip from this session's start (132.5 KB); what
    // counts for the reader is the paint, measured by first-paint.bench.ts.
    if (js) figures.push({ figure: 'JavaScript shipped for the first page, gzip', ours: js.kb, unit: 'KB', goal: `≤ ${FIRST_PAGE_LIMIT_KB} KB`, met: js.kb <= FIRST_PAGE_LIMIT_KB, note: js.files.join(' ') });
    await context.close();
  } finally {
    await browser.close();
    await appServer.close();
    await pageServer.close();
    rmSync(appDist, { recursive: true, force: true });
    rmSync(pageDist, { recursive: true, force: true });
  }

  const rows = figures.map((f) => [
    f.figure,
    fmt(f.ours, f.unit),
    f.goal,
    f.met === null ? '' : f.met ? 'met' : 'MISSED',
    f.peer ? `${f.peer}${f.peerValue !== undefined ? ` ${fmt(f.peerValue, 'ms')}` : ''}` : '',
    f.ratio !== undefined ? `×${f.ratio.toFixed(0)}` : '',
  ]);
  const header = ['figure', 'ours', 'goal', '', 'peer (same run)', 'ratio'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] as string).length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] as number)).join('  ');
  console.log(`\nAt scale: median of ${RUNS} runs; ${cpus().length} CPUs; Chromium ${String(details.browser)}; peers' times scaled from a sample of each run`);
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));
  for (const f of figures) if (f.note) console.log(`  · ${f.figure}: ${f.note}`);
  console.log(`  · edited article: ${JSON.stringify(details.outcome)}`);

  if (ONLY) {
    console.log(`\nA partial run (${[...ONLY].join(', ')}): bench/results.json left alone.`);
    return;
  }
  const file = join(root, 'bench/results.json');
  const previous = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>) : {};
  const result = { generated: new Date().toISOString(), runs: RUNS, cpus: cpus().length, node: process.version, ...details, figures };
  writeFileSync(file, `${JSON.stringify({ ...previous, 'at-scale': result }, null, 2)}\n`);
  console.log('\nWrote bench/results.json');
}

await main();
