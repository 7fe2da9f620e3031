/**
 * Opening large articles: a 1.1 MB text and a 1.3 MB HTML page (9,000 paragraphs each, the same
 * on every run). Prints, in Node, the median time of the core text parse (which the app runs in
 * a Web Worker) and, in headless Chromium against the built app (`npm run build` first), how long
 * reading and opening took and the long tasks (> 50 ms, which delay input) on the main thread:
 * the figure that says whether the page stays responsive. Nothing here is asserted.
 */
import { performance } from 'node:perf_hooks';
import { launchChromium } from '../tests/e2e/support/browser';
import { serveDist } from '../tests/e2e/support/static-server';
import { parseTextSource } from '../src/core/library/parse-text';

const PARAGRAPHS = 9_000;
const RUNS = 5;

const paragraphs = Array.from({ length: PARAGRAPHS }, (_, i) => `Paragraph ${i + 1} of the long report: the committee heard evidence about item ${i + 1} from three witnesses and recorded it in full.`);
const TEXT = `The long report\n\n${paragraphs.join('\n\n')}`;
const HTML = `<html><head><title>The long report</title></head><body><div id="page"><h1>The long report</h1>${paragraphs.map((p) => `<p>${p.replace('evidence', '<em>evidence</em>')}</p>`).join('\n')}</div></body></html>`;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

const mb = (s: string) => `${(s.length / 1e6).toFixed(2)} MB`;

// 1. The core parse, as the worker runs it.
parseTextSource({ text: TEXT, format: 'auto' });
const times: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const start = performance.now();
  parseTextSource({ text: TEXT, format: 'auto' });
  times.push(performance.now() - start);
}
console.log(`core parse of a ${mb(TEXT)} text (in the app: in a worker): median ${median(times).toFixed(0)} ms over ${RUNS} runs`);

// 2. The whole path in the browser.
let server: Awaited<ReturnType<typeof serveDist>> | null = null;
try {
  server = await serveDist();
} catch (error) {
  console.log(`browser figures skipped: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(0);
}
const browser = await launchChromium();
try {
  for (const [kind, body, mimeType] of [
    ['txt', TEXT, 'text/plain'],
    ['html', HTML, 'text/html'],
  ] as const) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(server.url);
    await page.locator('article[data-interactive] h1').waitFor();
    await page.evaluate(() => {
      const w = window as unknown as { __long: number[] };
      w.__long = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.__long.push(Math.round(entry.duration));
      }).observe({ type: 'longtask' });
    });
    const longTasks = () => page.evaluate(() => (window as unknown as { __long: number[] }).__long.slice());
    await page.getByRole('button', { name: 'Open article', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Open article' });
    const start = performance.now();
    await dialog.getByLabel('Article file').setInputFiles({ name: `long.${kind}`, mimeType, buffer: Buffer.from(body) });
    await dialog.getByRole('status').filter({ hasText: `${PARAGRAPHS.toLocaleString('en')} paragraphs` }).waitFor({ timeout: 120_000 });
    const read = performance.now() - start;
    const whileReading = await longTasks();
    const opening = performance.now();
    await dialog.getByRole('button', { name: 'Open', exact: true }).click();
    await page.locator('article h1', { hasText: 'The long report' }).waitFor({ timeout: 120_000 });
    const opened = performance.now() - opening;
    await page.waitForTimeout(1_000);
    const afterOpen = (await longTasks()).slice(whileReading.length);
    console.log(
      `${kind} ${mb(body)}: read in ${read.toFixed(0)} ms (long tasks ${JSON.stringify(whileReading)} ms), opened in ${opened.toFixed(0)} ms (long tasks ${JSON.stringify(afterOpen)} ms)`,
    );
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
