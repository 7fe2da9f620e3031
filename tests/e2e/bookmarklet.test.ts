import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useBrowser } from './support/app';
import { card, eventually, highlight } from './support/reader';

const app = useBrowser();
const REAL_PAGE = readFileSync(join(__dirname, '../fixtures/real-pages/daringfireball-1/source.html'));

/**
 * A page that opens the app as the bookmarklet would and, once told it is ready, posts what a
 * hostile site might: junk, a huge page, and a well-formed page from a frame that is not the opener.
 */
const HOSTILE_PAGE = (appUrl: string) => `<!doctype html><title>Hostile</title><iframe id="f" srcdoc="<p>frame</p>"></iframe>
<button id="go">go</button><script>
document.getElementById('go').onclick = () => {
  const w = window.open(${JSON.stringify(`${appUrl}?receive`)}, '_blank');
  addEventListener('message', (e) => {
    if (e.source !== w || !e.data || e.data.type !== 'marginalia:ready') return;
    w.postMessage('marginalia:page', '*');
    w.postMessage({ type: 'marginalia:pagex', html: '<p>near miss</p>' }, '*');
    w.postMessage({ type: 42 }, '*');
    const frame = document.getElementById('f').contentWindow;
    // A well-formed page, but sent by the frame: its source is not the app's opener.
    const s = frame.document.createElement('script');
    s.textContent = 'window.parent.__target.postMessage({ type: "marginalia:page", html: "<h1>Planted</h1><p>Planted text.</p>", address: "https://evil.example/" }, "*")';
    window.__target = w;
    frame.document.body.appendChild(s);
    document.title = 'posted';
  });
};
</script>`;

/** Another loopback origin, as any site the reader visits: the real page, and the hostile one. */
let site: { server: Server; url: string };
beforeAll(async () => {
  const server = createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    if (req.url?.startsWith('/framing')) return void res.end(`<!doctype html><title>Framing</title><iframe src="${app.baseUrl}" title="Marginalia, framed" width="800" height="400"></iframe>`);
    res.end(req.url?.startsWith('/hostile') ? HOSTILE_PAGE(app.baseUrl) : REAL_PAGE);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  site = { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
});
afterAll(() => new Promise<void>((ok) => site.server.close(() => ok())));

/** Nothing leaves the loopback: the real page's own scripts and pictures are refused. */
async function offTheNetwork(context: BrowserContext): Promise<void> {
  await context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => route.abort());
}

async function storedArticles(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((done, fail) => {
        const open = indexedDB.open('marginalia');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('articles')) return done(0);
          const count = db.transaction('articles').objectStore('articles').count();
          count.onsuccess = () => done(count.result);
        };
      }),
  );
}

describe('Send to Marginalia', () => {
  it('brings the page the reader is on into Open article, stores it only on Open, and it can be annotated', async () => {
    const { context, page: reader } = await app.open();
    await offTheNetwork(context);
    await reader.getByRole('button', { name: 'Open article', exact: true }).click();
    const link = reader.getByRole('dialog', { name: 'Open article' }).getByRole('link', { name: 'Send to Marginalia' });
    const href = (await link.getAttribute('href')) ?? '';
    expect(href).toMatch(/^javascript:/);

    // On another site, the reader clicks the bookmark.
    const news = await context.newPage();
    await news.goto(`${site.url}/colophon`);
    await news.evaluate((bookmark) => {
      const a = document.createElement('a');
      a.href = bookmark;
      a.id = 'marginalia-bookmark';
      a.textContent = 'Send to Marginalia';
      document.body.prepend(a);
    }, href);
    const opened = context.waitForEvent('page');
    await news.click('#marginalia-bookmark');
    const popup = await opened;
    const dialog = popup.getByRole('dialog', { name: 'Open article' });
    await dialog.waitFor();
    await eventually(() => dialog.getByLabel('Title').inputValue()).toBe('Daring Fireball: Colophon');
    expect(await dialog.getByText(/Sent from 127\.0\.0\.1/).count()).toBe(1);
    expect(await storedArticles(popup)).toBe(0);
    expect(new URL(popup.url()).search).toBe('');

    await dialog.getByRole('button', { name: 'Open', exact: true }).click();
    await popup.locator('article h1', { hasText: 'Colophon' }).waitFor();
    expect(await storedArticles(popup)).toBe(1);
    await highlight(popup, 'Daring Fireball is written and produced by John Gruber');
    await eventually(() => card(popup, 'Daring Fireball is written and produced by John Gruber').count()).toBe(1);
  });

  it('takes nothing from a page that sends junk, or a well-formed page from a window that is not its opener', async () => {
    const { context } = await app.open();
    await offTheNetwork(context);
    const hostile = await context.newPage();
    await hostile.goto(`${site.url}/hostile`);
    const opened = context.waitForEvent('page');
    await hostile.click('#go');
    const popup = await opened;
    await eventually(() => hostile.title()).toBe('posted');
    await popup.locator('article[data-interactive] h1').waitFor();
    await popup.waitForTimeout(500);
    expect(await popup.getByRole('dialog').count()).toBe(0);
    expect(await popup.getByText('Planted').count()).toBe(0);
    expect(await storedArticles(popup)).toBe(0);
  });

  it('does not run inside another site’s frame, and says how to open it on its own', async () => {
    const context = await app.browser().newContext();
    const page = await context.newPage();
    await page.goto(`${site.url}/framing`);
    const framed = page.frameLocator('iframe[title="Marginalia, framed"]');
    await framed.getByText('Marginalia does not run inside another page').waitFor();
    expect(await framed.getByRole('link', { name: 'Open Marginalia on its own' }).getAttribute('target')).toBe('_top');
    expect(await framed.locator('article').count()).toBe(0);
    await context.close();
  });
});
