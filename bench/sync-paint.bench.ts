/**
 * Sync as a reader sees it (issue #18): two browser profiles on the built app, one loopback
 * sync server, the shipped article with 10,000 annotations on both devices.
 *
 * - a verdict key pressed on one device until the other device's frame paints the change
 *   (its card's verdict and its passage's highlight), median of CHANGES presses;
 * - a new device's first sync: from `Connect` until its panel lists all 10,000.
 *
 * Baseline, in the same run through the same server: the same presses with only the one
 * annotation in the article. The difference is what 10,000 annotations cost the trip; the
 * Node bench (sync.bench.ts) splits the same trip into its Dexie-to-Dexie part.
 *
 * Times are `performance.timeOrigin + performance.now()` in each page: both pages run on this
 * machine's clock, so the difference between a keydown on one and a frame on the other holds.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import { annotatableText } from '../src/core/model/annotatable-text';
import type { Annotation } from '../src/core/model/annotation';
import { VERDICTS } from '../src/core/model/fact-check';
import { launchChromium } from '../tests/e2e/support/browser';
import { serveDist } from '../tests/e2e/support/static-server';
import { storeAndReload } from '../tests/e2e/support/stored-records';
import { connect, syncStatus } from '../tests/e2e/support/sync';
import { startSyncServer, tempDataDir, WRITE_KEY } from '../tests/integration/support/sync-server';
import { generateAnnotations, shippedArticle, WORKLOAD_NOW, WORKLOAD_SEED } from './annotation-workload';

const COUNT = Number(process.env.BENCH_SYNC_COUNT ?? 10_000);
const CHANGES = 15;
const GOAL_MS = 150;
const root = resolve(import.meta.dirname, '..');

const article = shippedArticle();
const annotations = generateAnnotations(annotatableText(article), COUNT, WORKLOAD_SEED, WORKLOAD_NOW);
/** The first annotation in reading order that is painted as one run of text: its card and mark are on screen at the top. */
const target = [...annotations]
  .filter((a) => !a.target.quote.exact.startsWith('edited away') && !/\s{2,}|\n/.test(a.target.quote.exact))
  .sort((a, b) => a.target.position.start - b.target.position.start)[0] as Annotation;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
const ms = (n: number) => `${n.toFixed(1)} ms`;
const progress = (what: string) => console.error(`  … ${what}`);

/** Resolves once `read()` gives `want`, looking every 20 ms. */
async function until(read: () => Promise<unknown>, want: unknown): Promise<void> {
  while ((await read()) !== want) await new Promise((r) => setTimeout(r, 20));
}

/** In `page`, the time of the first frame in which the card and the passage of `id` show `verdict`. */
function watchPaint(page: Page, id: string, verdict: string, quote: string): Promise<void> {
  return page.evaluate(
    ({ id, verdict, quote }) => {
      const flat = (s: string) => s.replace(/\s+/g, ' ').trim();
      const painted = () => {
        const card = document.querySelector(`[data-annotation-id="${CSS.escape(id)}"]`);
        if (!card?.classList.contains(`verdict-${verdict}`)) return false;
        for (const [name, highlight] of (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights) {
          if (name.startsWith(`mg-v-${verdict}`)) for (const range of highlight) if (flat(range.toString()) === flat(quote)) return true;
        }
        return false;
      };
      const w = window as unknown as { paintedAt: Promise<number> };
      w.paintedAt = new Promise((resolve) => {
        const frame = () => (painted() ? resolve(performance.timeOrigin + performance.now()) : requestAnimationFrame(frame));
        requestAnimationFrame(frame);
      });
    },
    { id, verdict, quote },
  );
}

/**
 * With `BENCH_PROFILE=<folder>`, records a CPU profile of `page` until the returned function is
 * called with a name (`<folder>/<name>.cpuprofile`, opens in Chromium's DevTools); else nothing.
 */
async function startProfile(page: Page): Promise<(name: string) => Promise<void>> {
  const folder = process.env.BENCH_PROFILE;
  if (!folder) return async () => undefined;
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.start');
  return async (name) => {
    const { profile } = await cdp.send('Profiler.stop');
    writeFileSync(join(folder, `${name}.cpuprofile`), JSON.stringify(profile));
  };
}

/** Two devices on one server with `stored` on the first; the presses' times and the second device's first sync. */
async function run(browser: Browser, appUrl: string, stored: Annotation[]): Promise<{ trips: number[]; firstSyncMs: number }> {
  const data = tempDataDir();
  const server = await startSyncServer({ dataDir: data.dir });
  const contexts = [await browser.newContext({ viewport: { width: 1280, height: 900 } }), await browser.newContext({ viewport: { width: 1280, height: 900 } })];
  try {
    // tsx keeps function names with a helper the page does not have; the page gets a stand-in.
    for (const context of contexts) await context.addInitScript('window.__name = (f) => f');
    const [ana, ben] = await Promise.all(contexts.map((c) => c.newPage()));
    if (!ana || !ben) throw new Error('no page');
    for (const page of [ana, ben]) {
      await page.goto(appUrl);
      await page.locator('article[data-interactive] h1').waitFor();
    }
    await storeAndReload(ana, { annotations: stored });
    await connect(ana, server.url, WRITE_KEY, 'Ana');
    await until(() => syncStatus(ana).textContent(), 'Synced');

    const listed = () => ben.evaluate(() => {
      const first = document.querySelector('.card-list > li');
      return first ? Number(first.getAttribute('aria-setsize') ?? document.querySelectorAll('.card-list > li').length) : 0;
    });
    const stopFirstSync = await startProfile(ben);
    const connectStart = Date.now();
    await connect(ben, server.url, WRITE_KEY, 'Ben');
    await until(listed, stored.length);
    const firstSyncMs = Date.now() - connectStart;
    await stopFirstSync(`sync-first-${stored.length}`);
    progress(`${stored.length} on the new device in ${ms(firstSyncMs)}`);

    await ana.evaluate(() => {
      window.addEventListener('keydown', () => ((window as unknown as { keyAt: number }).keyAt = performance.timeOrigin + performance.now()), { capture: true });
    });
    await ana.locator(`[data-annotation-id="${target.id}"] .card-quote`).click();
    const profiles = await Promise.all([ana, ben].map((page) => startProfile(page)));
    const trips: number[] = [];
    for (let i = 0; i <= CHANGES; i++) {
      // Each press a different verdict from the last (1–8 in turn), so each is a change.
      const verdict = VERDICTS[(i + 1) % VERDICTS.length]!;
      await watchPaint(ben, target.id, verdict.id, target.target.quote.exact);
      await ana.keyboard.press(String(VERDICTS.indexOf(verdict) + 1));
      const paintedAt = await ben.evaluate(() => (window as unknown as { paintedAt: Promise<number> }).paintedAt);
      const keyAt = await ana.evaluate(() => (window as unknown as { keyAt: number }).keyAt);
      if (i > 0) trips.push(paintedAt - keyAt); // the first press warms both devices up
    }
    for (const [i, stop] of profiles.entries()) await stop(`sync-paint-${stored.length}-${i === 0 ? 'sender' : 'receiver'}`);
    return { trips, firstSyncMs };
  } finally {
    for (const context of contexts) await context.close();
    await server.stop();
    data.remove();
  }
}

const dist = mkdtempSync(join(tmpdir(), 'marginalia-sync-paint-'));
await build({ root, configFile: join(root, 'vite.config.ts'), logLevel: 'error', build: { outDir: dist, emptyOutDir: true, sourcemap: false, minify: !process.env.BENCH_PROFILE } });
const app = await serveDist(dist);
const browser = await launchChromium();
try {
  const alone = await run(browser, app.url, [target]);
  const many = await run(browser, app.url, annotations);
  const trip = median(many.trips);
  const baseline = median(alone.trips);
  console.log(`Sync painted on the other device: built app, two Chromium ${browser.version()} profiles, loopback server; ${COUNT.toLocaleString('en')} annotations in the shipped article (seed ${WORKLOAD_SEED})`);
  console.log(`  verdict key on one device until the other paints it, median of ${CHANGES}   ${ms(trip).padStart(9)}   with 1 annotation: ${ms(baseline)}   difference ${ms(trip - baseline)}   ratio ×${(trip / baseline).toFixed(2)}   goal < ${GOAL_MS} ms: ${trip < GOAL_MS ? 'met' : 'missed'}`);
  console.log(`    (fastest ${ms(Math.min(...many.trips))}, slowest ${ms(Math.max(...many.trips))}; with 1: ${ms(Math.min(...alone.trips))} to ${ms(Math.max(...alone.trips))})`);
  console.log(`  a new device's first sync, Connect until its panel lists all ${COUNT.toLocaleString('en')}   ${ms(many.firstSyncMs).padStart(9)}   with 1: ${ms(alone.firstSyncMs)}   goal < 2,000 ms: ${many.firstSyncMs < 2000 ? 'met' : 'missed'}`);
} finally {
  await browser.close();
  await app.close();
  rmSync(dist, { recursive: true, force: true });
}
