import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './support/app';
import { card, eventually, highlight } from './support/reader';

const app = useBrowser();
const PAGES = join(__dirname, '../fixtures/real-pages');
const page = (name: string) => readFileSync(join(PAGES, name, 'source.html'));
const expectedTitle = (name: string) => (JSON.parse(readFileSync(join(PAGES, name, 'expected-metadata.json'), 'utf8')) as { title: string }).title;

async function openFile(p: Page, name: string, buffer: Buffer, mimeType = 'text/html') {
  await p.getByRole('button', { name: 'Open article', exact: true }).click();
  const dialog = p.getByRole('dialog', { name: 'Open article' });
  await dialog.getByLabel('Article file').setInputFiles({ name, mimeType, buffer });
  return dialog;
}

/** Console errors and CSP violations, which must stay at none while a page is opened. */
async function watchNoise(p: Page): Promise<() => Promise<string[]>> {
  const noise: string[] = [];
  p.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') noise.push(m.text());
  });
  await p.evaluate(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return async () => [...noise, ...(await p.evaluate(() => (window as unknown as { __violations: string[] }).__violations))];
}

function remoteRequests(p: Page): string[] {
  const remote: string[] = [];
  p.on('request', (r) => {
    if (!r.url().startsWith(app.baseUrl) && !/^(data|blob):/.test(r.url())) remote.push(r.url());
  });
  return remote;
}

describe('real saved pages', () => {
  it('opens a saved news page as its article alone: no console noise, no request, images only when allowed, annotatable', async () => {
    const { page: p, context, errors } = await app.open();
    const noise = await watchNoise(p);
    const remote = remoteRequests(p);
    const dialog = await openFile(p, 'nytimes-3.html', page('nytimes-3'));
    await expect.poll(() => dialog.getByRole('status').textContent(), { timeout: 30_000 }).toMatch(/Found \d+ paragraphs/);
    expect(await dialog.getByLabel('Title').inputValue()).toBe(expectedTitle('nytimes-3'));
    await dialog.getByRole('button', { name: 'Open', exact: true }).click();
    await p.locator('article h1', { hasText: 'Manhole Fires' }).waitFor();
    const text = (await p.locator('article').textContent()) ?? '';
    expect(text).toContain('New York’s aging below-street infrastructure');
    expect(text).not.toMatch(/Supported by|Advertisement/);
    expect(await p.locator('article p', { hasText: /^\s*Image\s*$/ }).count()).toBe(0);
    // Pictures are placeholders with their alt text until their host is allowed.
    const placeholders = p.locator('article [role="img"]');
    expect(await placeholders.count()).toBeGreaterThan(0);
    expect(await p.locator('article img').count()).toBe(0);
    await highlight(p, 'tough to maintain');
    await card(p, 'tough to maintain').waitFor();
    expect(remote).toEqual([]);
    const allow = p.getByRole('button', { name: /^Load images from / }).first();
    const host = ((await allow.textContent()) ?? '').replace('Load images from ', '');
    await allow.click();
    await eventually(() => p.locator('article img').count()).toBeGreaterThan(0);
    // Pictures load lazily and their requests start after the element exists: wait for one.
    await p.locator('article img').first().scrollIntoViewIfNeeded();
    await eventually(() => remote.length).toBeGreaterThan(0);
    expect(remote.every((url) => new URL(url).host === host)).toBe(true);
    expect(await noise().then((n) => n.filter((m) => !/ERR_|Failed to load resource/.test(m)))).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('reads a right-to-left page right to left, and annotates it', async () => {
    const { page: p, context } = await app.open();
    const dialog = await openFile(p, 'rtl-2.html', page('rtl-2'));
    await expect.poll(() => dialog.getByLabel('Title').inputValue(), { timeout: 30_000 }).toBe('RTL Test');
    await dialog.getByRole('button', { name: 'Open', exact: true }).click();
    await p.locator('article h1', { hasText: 'RTL Test' }).waitFor();
    expect(await p.locator('article').getAttribute('dir')).toBe('rtl');
    expect(await p.locator('article p').first().evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
    await highlight(p, 'Tempor incididunt ut labore');
    await card(p, 'Tempor incididunt ut labore').waitFor();
    await context.close();
  });

  it('refuses a PDF renamed .html, by its bytes, saying what it is', async () => {
    const { page: p, context } = await app.open();
    const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n', 'latin1'), Buffer.alloc(64, 0)]);
    const dialog = await openFile(p, 'report.html', pdf);
    await expect.poll(() => dialog.getByRole('alert').textContent()).toMatch(/“report\.html” is a PDF document, not text/);
    await context.close();
  });
});
