import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './support/app';

const app = useBrowser();

describe('First paint before JavaScript', () => {
  it('the built page alone shows the top bar and the whole shipped article, styled, with scripts switched off', async () => {
    const context = await app.browser().newContext({ viewport: { width: 412, height: 900 }, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(app.baseUrl);
    expect(await page.locator('article h1').textContent()).toContain('Washington Asked Moscow');
    expect(await page.locator('article').textContent()).toContain('over 400,000 people have been killed in the conflict');
    expect(await page.getByRole('navigation', { name: 'Article actions' }).getByRole('button', { name: 'Library' }).count()).toBe(1);
    // Styled by the inlined sheet: the article's serif, not the browser's default face.
    expect(await page.locator('article p').first().evaluate((p) => getComputedStyle(p).fontFamily)).toContain('Source Serif 4');
    await context.close();
  });

  it('inlines the first page’s CSS, allowed by its hash in style-src (no unsafe-inline), and preloads the serif', () => {
    const html = readFileSync('dist/index.html', 'utf8');
    const policy = (/http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '').replaceAll('&#39;', "'");
    const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1] as string);
    expect(styles.length).toBe(1);
    const hash = createHash('sha256').update(styles[0] as string, 'utf8').digest('base64');
    expect(policy).toContain(`style-src 'self' 'sha256-${hash}'`);
    expect(policy).not.toContain('unsafe-inline');
    expect(html).not.toMatch(/<link rel="stylesheet"/);
    expect(html).toMatch(/<link rel="preload" href="\/assets\/source-serif-4-latin-400-normal-[^"]+\.woff2" as="font" type="font\/woff2" crossorigin>/);
  });

  it('hydrates the prerendered page without a mismatch: no error in the console, and the reader works', async () => {
    const { context, page, errors } = await app.open();
    const messages: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') messages.push(m.text());
    });
    await page.reload();
    await page.locator('article[data-interactive] h1').waitFor();
    await page.getByRole('complementary', { name: 'Annotations' }).getByText('No annotations yet', { exact: false }).first().waitFor();
    expect(messages).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
