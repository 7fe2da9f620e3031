import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './support/app';
import { card, eventually, highlight } from './support/reader';

const app = useBrowser();

const HTML = `<meta charset="utf-8"><h1>Council votes for the bridge</h1>
<p>The city council voted <b>7 to 2</b> on Tuesday to fund the <a href="https://example.org/bridge">new bridge</a>.</p>
<blockquote><p>“We have waited long enough,” the mayor said.</p></blockquote>
<p>Construction starts in May.</p><script>window.__pasted = true</script><img src="https://example.org/tracker.gif" alt="">`;
const PLAIN = 'Council votes for the bridge\nThe city council voted 7 to 2 on Tuesday to fund the new bridge.\n“We have waited long enough,” the mayor said.\nConstruction starts in May.';

/** A paste as the browser delivers one copied from a web page: HTML and plain text on the clipboard. */
async function pasteFromPage(page: Page, html: string, plain: string): Promise<void> {
  await page.getByRole('textbox', { name: 'Article text' }).focus();
  await page.evaluate(
    ({ html, plain }) => {
      const data = new DataTransfer();
      data.setData('text/html', html);
      data.setData('text/plain', plain);
      document.activeElement?.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    },
    { html, plain },
  );
}

describe('Pasting a page into Article text', () => {
  it('keeps its heading as the title, its paragraphs, quote and link, and nothing active', async () => {
    const { page, errors } = await app.open();
    const remote: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(app.baseUrl)) remote.push(r.url());
    });
    await page.getByRole('button', { name: 'Open article', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Open article' });
    await pasteFromPage(page, HTML, PLAIN);
    await eventually(() => dialog.getByLabel('Title').inputValue()).toBe('Council votes for the bridge');
    expect(await dialog.getByRole('textbox', { name: 'Article text' }).inputValue()).toBe(PLAIN);
    await eventually(() => dialog.locator('.open-status').innerText()).toMatch(/Found 3 paragraphs/);
    await dialog.getByRole('button', { name: 'Open', exact: true }).click();

    const article = page.locator('article');
    await article.locator('h1', { hasText: 'Council votes for the bridge' }).waitFor();
    expect(await article.locator('blockquote').innerText()).toContain('We have waited long enough');
    expect(await article.getByRole('link', { name: 'new bridge' }).getAttribute('href')).toBe('https://example.org/bridge');
    expect(await page.evaluate(() => (window as unknown as { __pasted?: boolean }).__pasted)).toBeUndefined();
    await highlight(page, 'Construction starts in May');
    await eventually(() => card(page, 'Construction starts in May').count()).toBe(1);
    expect(remote).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('pastes as plain text once the box holds other text', async () => {
    const { page } = await app.open();
    await page.getByRole('button', { name: 'Open article', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Open article' });
    const box = dialog.getByRole('textbox', { name: 'Article text' });
    await box.fill('My own title\n\nMy own paragraph.');
    await pasteFromPage(page, HTML, PLAIN);
    // The app leaves this paste to the browser (a synthetic one inserts nothing): the box keeps its text.
    expect(await box.inputValue()).toBe('My own title\n\nMy own paragraph.');
    await eventually(() => dialog.getByLabel('Title').inputValue()).toBe('My own title');
  });
});
