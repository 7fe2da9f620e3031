import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { annotationItems, selectText, settled, useBrowser } from './support/app';
import { card } from './support/reader';

const app = useBrowser();
const PASSAGE = 'cessation of hostilities';

async function reloadReader(page: Page): Promise<void> {
  await page.reload();
  await page.locator('article[data-interactive] h1').waitFor();
  await settled(page);
}

describe('Offline', () => {
  it('after one visit, loads with no network, reads, annotates, keeps the annotation over a reload and opens the library', async () => {
    const { context, page, errors } = await app.open({ width: 412, height: 900 });
    // The first visit installs the service worker and precaches the app.
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));

    await context.setOffline(true);
    await reloadReader(page);
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    expect(await page.locator('article').textContent()).toContain('Since March, al-Nusra Front has recruited 3,000 new militants');

    await selectText(page, PASSAGE);
    await page.keyboard.press('h');
    await card(page, PASSAGE).waitFor();

    await reloadReader(page);
    await card(page, PASSAGE).waitFor();
    expect(await annotationItems(page).count()).toBe(1);

    await page.getByRole('button', { name: 'Library' }).click();
    await page.getByRole('heading', { name: 'Library', level: 1 }).waitFor();
    expect(await page.getByRole('link', { name: /Washington Asked Moscow/ }).count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('Installable', () => {
  it('links a web app manifest with a name, icons of 192 and 512 pixels, a theme colour and a start URL', async () => {
    const html = readFileSync('dist/index.html', 'utf8');
    const href = /<link rel="manifest" href="([^"]+)"/.exec(html)?.[1];
    expect(href).toBe('/manifest.webmanifest');
    const manifest = JSON.parse(readFileSync(`dist${href}`, 'utf8')) as { name: string; start_url: string; theme_color: string; icons: { src: string; sizes: string; type: string }[] };
    expect(manifest.name).toBe('Marginalia');
    expect(manifest.start_url).toBe('/');
    expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/);
    const sizes = manifest.icons.filter((icon) => icon.type === 'image/png').map((icon) => icon.sizes);
    expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']));
    for (const icon of manifest.icons) expect(readFileSync(`dist${icon.src}`).length).toBeGreaterThan(0);
  });
});
