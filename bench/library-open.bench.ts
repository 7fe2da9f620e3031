/**
 * Opening large articles. Prints, in Node, the median time of the core text parse (which the app
 * runs in a Web Worker) and, in headless Chromium against the built app (`npm run build` first),
 * the whole path from choosing the file to the article on screen for: a 1.3 MB HTML page (9,000
 * paragraphs, the same on every run), the largest real saved page of tests/fixtures (nytimes-4,
 * 0.77 MB of markup, scripts and clutter), and for each a plain-text file of the same size, the
 * baseline. For each: the median total time and the longest main-thread task (the figure that says
 * whether the page stays responsive; the target is 100 ms), then HTML against plain text as ratios.
 * Nothing here is asserted.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { launchChromium } from '../tests/e2e/support/browser';
import { serveDist } from '../tests/e2e/support/static-server';
import { parseTextSource } from '../src/core/library/parse-text';
import { watchLongTasks } from './long-tasks';

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
const BROWSER_RUNS = 3;
const REAL_PAGE = 'nytimes-4';
const realPage = readFileSync(join('tests/fixtures/real-pages', REAL_PAGE, 'source.html'), 'utf8');
const realTitle = (JSON.parse(readFileSync(join('tests/fixtures/real-pages', REAL_PAGE, 'expected-metadata.json'), 'utf8')) as { title: string }).title;

/** Plain text of (at least) `length` characters: the baseline an HTML page of that size is compared with. */
function plainTextOfLength(length: number): string {
  const lines = ['The plain report'];
  let total = lines[0]!.length;
  for (let i = 0; total < length; i++) {
    const line = paragraphs[i % paragraphs.length] as string;
    lines.push(line);
    total += line.length + 2;
  }
  return lines.join('\n\n');
}

interface OpenCase {
  label: string;
  file: string;
  mimeType: string;
  body: string;
  /** The start of the headline the reader shows once the article is open. */
  headline: string;
  /** Runs of this case (default BROWSER_RUNS). */
  runs?: number;
}

const cases: Array<[OpenCase, OpenCase]> = [
  [
    { label: `html ${mb(HTML)} (9,000 paragraphs)`, file: 'long.html', mimeType: 'text/html', body: HTML, headline: 'The long report' },
    { label: `txt ${mb(HTML)} (same size)`, file: 'long.txt', mimeType: 'text/plain', body: plainTextOfLength(HTML.length), headline: 'The plain report' },
  ],
  [
    { label: `real page ${REAL_PAGE} ${mb(realPage)}`, file: `${REAL_PAGE}.html`, mimeType: 'text/html', body: realPage, headline: realTitle.slice(0, 20) },
    { label: `txt ${mb(realPage)} (same size)`, file: 'real-size.txt', mimeType: 'text/plain', body: plainTextOfLength(realPage.length), headline: 'The plain report' },
  ],
];

// `BENCH_OPEN_HUGE=1`: also a 40 MB page (issue #14 saw one freeze the tab for 19 s), once each.
if (process.env.BENCH_OPEN_HUGE) {
  const HUGE = 40 * 1024 * 1024;
  const repeats = Math.ceil(HUGE / HTML.length);
  const huge = `<html><head><title>The huge report</title></head><body><div id="page"><h1>The huge report</h1>${Array.from({ length: repeats }, () => HTML.slice(HTML.indexOf('<p>'), HTML.lastIndexOf('</div>'))).join('\n')}</div></body></html>`;
  cases.push([
    { label: `html ${mb(huge)} (${(repeats * PARAGRAPHS).toLocaleString('en')} paragraphs)`, file: 'huge.html', mimeType: 'text/html', body: huge, headline: 'The huge report', runs: 1 },
    { label: `txt ${mb(huge)} (same size)`, file: 'huge.txt', mimeType: 'text/plain', body: plainTextOfLength(huge.length), headline: 'The plain report', runs: 1 },
  ]);
}

let server: Awaited<ReturnType<typeof serveDist>> | null = null;
try {
  server = await serveDist();
} catch (error) {
  console.log(`browser figures skipped: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(0);
}
const appUrl = server.url;
const browser = await launchChromium();

/** One open, from choosing the file to the headline on screen: total time, and the long tasks (> 50 ms) while reading the file and after Open. */
async function openOnce(openCase: OpenCase): Promise<{ total: number; reading: number[]; opening: number[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  try {
    await page.goto(appUrl);
    await page.locator('article[data-interactive] h1').waitFor();
    const longTasks = await watchLongTasks(page);
    await page.getByRole('button', { name: 'Open article', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Open article' });
    // The file is made in the page before timing starts, and chosen as a person chooses it (one
    // change event): Playwright's setInputFiles would add its own long task of carrying 1 MB over.
    await dialog.getByLabel('Article file').evaluate(
      (input, { body, name, type }) => {
        (input as HTMLInputElement & { __file?: File }).__file = new File([body], name, { type });
      },
      { body: openCase.body, name: openCase.file, type: openCase.mimeType },
    );
    await longTasks.take();
    const start = performance.now();
    await dialog.getByLabel('Article file').evaluate((input) => {
      const chooser = input as HTMLInputElement & { __file?: File };
      const files = new DataTransfer();
      if (chooser.__file) files.items.add(chooser.__file);
      chooser.files = files.files;
      chooser.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await dialog.getByRole('status').filter({ hasText: /Found .*words?\./ }).waitFor({ timeout: 600_000 });
    const reading = await longTasks.take();
    await dialog.getByRole('button', { name: 'Open', exact: true }).click();
    await page.locator('article h1', { hasText: openCase.headline }).waitFor({ timeout: 600_000 });
    const total = performance.now() - start;
    // Long tasks are reported a little after they end.
    await page.waitForTimeout(500);
    return { total, reading, opening: await longTasks.take() };
  } finally {
    await page.close();
  }
}

async function measure(openCase: OpenCase): Promise<{ total: number; longest: number }> {
  const totals: number[] = [];
  let reading = 0;
  let opening = 0;
  const runs = openCase.runs ?? BROWSER_RUNS;
  for (let i = 0; i < runs; i++) {
    const run = await openOnce(openCase);
    totals.push(run.total);
    reading = Math.max(reading, ...run.reading);
    opening = Math.max(opening, ...run.opening);
  }
  const figures = { total: median(totals), longest: Math.max(reading, opening) };
  console.log(
    `${openCase.label}: opened in ${figures.total.toFixed(0)} ms (median of ${runs}), longest main-thread task ${figures.longest} ms (target 100 ms): ${reading} ms while reading, ${opening} ms after Open`,
  );
  return figures;
}

try {
  for (const [html, plain] of cases) {
    const page = await measure(html);
    const baseline = await measure(plain);
    // A longest task of 0 means none over 50 ms: the ratio is taken against 50 ms, the threshold.
    const ratio = (a: number, b: number) => (a / Math.max(b, 1)).toFixed(2);
    console.log(`  ${html.label} against ${plain.label}: total ×${ratio(page.total, baseline.total)}, longest task ×${ratio(Math.max(page.longest, 50), Math.max(baseline.longest, 50))}`);
  }
} finally {
  await browser.close();
  await server.close();
}
