/**
 * First paint on a phone-class device: first contentful paint (FCP) and largest contentful paint
 * (LCP) of the built app against a static HTML page holding the same article and nothing else,
 * the floor any page could reach. Chrome DevTools Protocol throttling: CPU 4× slower, 10 Mbps
 * down, 40 ms latency, a 412 px wide screen; a fresh profile each load (no cache, no service
 * worker). The two pages load in turns, RUNS times each; the figure is the median of the
 * per-run ratios (app / static). Also printed: when the app became interactive (hydrated) and
 * its layout shift. Writes bench/results.json under "first-paint". Nothing is asserted.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { build } from 'vite';
import { launchChromium } from '../tests/e2e/support/browser';
import { serveDist } from '../tests/e2e/support/static-server';

const RUNS = 9;
const GOAL = 1.25;
const root = resolve(import.meta.dirname, '..');
const CONDITIONS = { cpuSlowdown: 4, downloadMbps: 10, uploadMbps: 10, latencyMs: 40, width: 412, height: 915 };

interface Load {
  fcp: number;
  lcp: number;
  /** When the article said data-interactive (the app only). */
  interactive: number | null;
  cls: number;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** The floor: the prerendered <article> of the built page, with a few lines of inline style and nothing else. */
function staticPage(appHtml: string): string {
  const article = /<article[\s\S]*?<\/article>/.exec(appHtml)?.[0];
  if (!article) throw new Error('The built index.html has no prerendered <article>.');
  const title = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(article)?.[1] ?? 'Article';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title><style>body{margin:0 auto;max-width:40rem;padding:1rem;font:1.125rem/1.6 Georgia,serif;color:#1f1d1a;background:#fbf9f4}h1{font-size:1.9rem;line-height:1.2}</style></head><body>${article}</body></html>`;
}

/** Loads `url` once in a fresh, throttled profile; the paint timings from the page's own Performance API. */
async function load(browser: Browser, url: string, waitInteractive: boolean): Promise<Load> {
  const context = await browser.newContext({ viewport: { width: CONDITIONS.width, height: CONDITIONS.height }, isMobile: true, hasTouch: true, serviceWorkers: 'block' });
  try {
    await context.addInitScript(() => {
      const w = window as unknown as { __lcp: number; __cls: number; __interactive: number | null };
      w.__lcp = 0;
      w.__cls = 0;
      w.__interactive = null;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.__lcp = entry.startTime;
      }).observe({ type: 'largest-contentful-paint', buffered: true });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) if (!entry.hadRecentInput) w.__cls += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
      new MutationObserver(() => {
        if (w.__interactive === null && document.querySelector('article[data-interactive]')) w.__interactive = performance.now();
      }).observe(document, { subtree: true, attributes: true, childList: true, attributeFilter: ['data-interactive'] });
    });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: CONDITIONS.latencyMs,
      downloadThroughput: (CONDITIONS.downloadMbps * 1e6) / 8,
      uploadThroughput: (CONDITIONS.uploadMbps * 1e6) / 8,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CONDITIONS.cpuSlowdown });
    await page.goto(url, { waitUntil: 'load' });
    if (waitInteractive) await page.locator('article[data-interactive]').waitFor({ timeout: 60_000 });
    // Web fonts and late paints: LCP candidates stop once the page is quiet.
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    await page.waitForTimeout(500);
    const figures = await page.evaluate(() => {
      const w = window as unknown as { __lcp: number; __cls: number; __interactive: number | null };
      const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
      return { fcp, lcp: w.__lcp, interactive: w.__interactive, cls: w.__cls };
    });
    await cdp.detach();
    return figures;
  } finally {
    await context.close();
  }
}

async function main() {
  const dist = mkdtempSync(join(tmpdir(), 'marginalia-bench-paint-'));
  console.log('Building the app (into a temporary folder; dist/ is left alone)…');
  await build({ root, configFile: join(root, 'vite.config.ts'), logLevel: 'warn', build: { outDir: dist, emptyOutDir: true, sourcemap: false } });
  const appHtml = readFileSync(join(dist, 'index.html'), 'utf8');
  writeFileSync(join(dist, 'static-article.html'), staticPage(appHtml));
  const htmlKb = { app: Buffer.byteLength(appHtml) / 1024, static: Buffer.byteLength(staticPage(appHtml)) / 1024 };

  const server = await serveDist(dist);
  const browser = await launchChromium();
  const app: Load[] = [];
  const floor: Load[] = [];
  try {
    // One load of each first, not counted: Chromium's own start-up costs land there.
    await load(browser, `${server.url}/static-article.html`, false);
    await load(browser, `${server.url}/`, true);
    for (let run = 0; run < RUNS; run++) {
      // Interleaved, and the order alternates, so neither page always follows the other.
      if (run % 2 === 0) {
        floor.push(await load(browser, `${server.url}/static-article.html`, false));
        app.push(await load(browser, `${server.url}/`, true));
      } else {
        app.push(await load(browser, `${server.url}/`, true));
        floor.push(await load(browser, `${server.url}/static-article.html`, false));
      }
      console.log(`  run ${run + 1}: app FCP ${app[run]?.fcp.toFixed(0)} LCP ${app[run]?.lcp.toFixed(0)} ms; static FCP ${floor[run]?.fcp.toFixed(0)} LCP ${floor[run]?.lcp.toFixed(0)} ms`);
    }
  } finally {
    await browser.close();
    await server.close();
    rmSync(dist, { recursive: true, force: true });
  }

  const ratio = (key: 'fcp' | 'lcp') => median(app.map((a, i) => a[key] / (floor[i] as Load)[key]));
  const figures = (['fcp', 'lcp'] as const).map((key) => {
    const r = ratio(key);
    return {
      figure: `${key === 'fcp' ? 'first contentful paint' : 'largest contentful paint'}, app / static page`,
      ours: r,
      unit: '×',
      goal: `≤ ×${GOAL}`,
      met: r <= GOAL,
      appMs: median(app.map((a) => a[key])),
      staticMs: median(floor.map((f) => f[key])),
      runs: app.map((a, i) => a[key] / (floor[i] as Load)[key]),
    };
  });
  const interactive = median(app.map((a) => a.interactive ?? NaN));
  const cls = median(app.map((a) => a.cls));

  console.log(`\nFirst paint: median of ${RUNS} interleaved runs; CPU ${CONDITIONS.cpuSlowdown}× slower, ${CONDITIONS.downloadMbps} Mbps, ${CONDITIONS.latencyMs} ms, ${CONDITIONS.width} px; ${cpus().length} CPUs`);
  for (const f of figures) console.log(`  ${f.figure}: ×${f.ours.toFixed(2)} (app ${f.appMs.toFixed(0)} ms, static ${f.staticMs.toFixed(0)} ms), goal ${f.goal}: ${f.met ? 'met' : 'MISSED'}`);
  console.log(`  app interactive (hydrated) at ${interactive.toFixed(0)} ms; layout shift ${cls.toFixed(3)}; index.html ${htmlKb.app.toFixed(1)} KB, static page ${htmlKb.static.toFixed(1)} KB`);

  const file = join(root, 'bench/results.json');
  const previous = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>) : {};
  const result = { generated: new Date().toISOString(), runs: RUNS, cpus: cpus().length, conditions: CONDITIONS, figures, interactiveMs: interactive, layoutShift: cls, htmlKb };
  writeFileSync(file, `${JSON.stringify({ ...previous, 'first-paint': result }, null, 2)}\n`);
  console.log('\nWrote bench/results.json');
}

await main();
