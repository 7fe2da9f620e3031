import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { articleFromDraft } from '../../src/core/library/article-draft';
import { parseTextSource } from '../../src/core/library/parse-text';
import { articleText } from '../../src/core/model/article';
import { annotationItems, useBrowser } from './support/app';
import { axeViolations } from './support/axe';
import { annotate, card, eventually, highlight } from './support/reader';

const app = useBrowser();

const PASTED = `Council approves the new bridge

The city council voted 7 to 2 on Tuesday to fund the river bridge.

Construction starts in May, the mayor said, and will take two years.`;

/** A saved web page with every trick we know of around two paragraphs of reading text. */
const HOSTILE_PAGE = `<!doctype html>
<html><head>
  <title>Port strike ends | Wire Service</title>
  <meta property="og:title" content="Port strike ends after a week">
  <meta property="og:site_name" content="Wire Service">
  <base href="https://evil.example/">
  <meta http-equiv="refresh" content="0; url=https://evil.example/refresh">
  <link rel="stylesheet" href="https://evil.example/style.css">
  <style>body { display: none }</style>
  <script>window.__pwned = 'script'</script>
</head><body>
  <nav><a href="https://evil.example/menu">Menu</a></nav>
  <article>
    <h1>Port strike ends after a week</h1>
    <p>Dockers returned to work on Monday <img src="https://evil.example/track.gif" onerror="window.__pwned='img'">after the union accepted a <em>four per cent</em> rise.</p>
    <iframe src="https://evil.example/frame"></iframe>
    <svg onload="window.__pwned='svg'"><script>window.__pwned='svg-script'</script></svg>
    <p><a href="javascript:window.__pwned='link'">The employers</a> said the strike cost <a href="https://wire.example/costs">twelve million pounds</a>.</p>
    <form action="https://evil.example/steal"><input value="password"><button>Send</button></form>
  </article>
</body></html>`;

const HTML_TEXT = 'Port strike ends after a week\n\nDockers returned to work on Monday after the union accepted a four per cent rise.\n\nThe employers said the strike cost twelve million pounds.';

/** Opens the `Open article` dialog from the top bar. */
async function openDialog(page: Page) {
  await page.getByRole('button', { name: 'Open article', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Open article' });
  await dialog.waitFor();
  return dialog;
}

/** Requests to anything but the app itself (data: and blob: addresses are local too). */
function watchRemoteRequests(page: Page, baseUrl: string): string[] {
  const remote: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(baseUrl) && !url.startsWith('data:') && !url.startsWith('blob:')) remote.push(url);
  });
  return remote;
}

const articleTextContent = (page: Page) => page.locator('article').evaluate((el) => el.textContent);

describe('The library', () => {
  it('opens a pasted text and an HTML file, annotates both, and after a reload finds each annotation on its own article', async () => {
    const { page, errors } = await app.open();
    const remote = watchRemoteRequests(page, app.baseUrl);

    // 1. Pasted text.
    let dialog = await openDialog(page);
    await dialog.getByRole('textbox', { name: 'Article text' }).fill(PASTED);
    await eventually(() => dialog.getByRole('textbox', { name: 'Title' }).inputValue()).toBe('Council approves the new bridge');
    await dialog.getByRole('textbox', { name: 'Source' }).fill('City Gazette');
    await page.screenshot({ path: '/tmp/e2e-library-open-pasted.png' });
    await dialog.getByRole('button', { name: 'Open', exact: true }).click();
    await page.locator('article h1', { hasText: 'Council approves the new bridge' }).waitFor();
    const pasted = parseTextSource({ text: PASTED, format: 'auto' });
    if (!pasted.ok) throw new Error(pasted.error);
    const pastedArticle = articleFromDraft(pasted.value, { title: 'Council approves the new bridge', source: 'City Gazette' });
    if (!pastedArticle.ok) throw new Error(pastedArticle.error);
    expect(new URL(page.url()).hash).toBe(`#/a/${pastedArticle.value.id}`);
    expect(await articleTextContent(page)).toBe(articleText(pastedArticle.value));
    await annotate(page, 'voted 7 to 2', { note: 'The minutes say 6 to 3.' });

    // 2. An HTML file: sanitized, with title and source from the page.
    dialog = await openDialog(page);
    await dialog.getByLabel('Article file').setInputFiles({ name: 'port-strike.html', mimeType: 'text/html', buffer: Buffer.from(HOSTILE_PAGE) });
    await eventually(() => dialog.getByRole('textbox', { name: 'Title' }).inputValue()).toBe('Port strike ends after a week');
    expect(await dialog.getByRole('textbox', { name: 'Source' }).inputValue()).toBe('Wire Service');
    await page.screenshot({ path: '/tmp/e2e-library-open-html.png' });
    await dialog.getByRole('button', { name: 'Open', exact: true }).click();
    await page.locator('article h1', { hasText: 'Port strike ends after a week' }).waitFor();
    const htmlUrl = page.url();
    expect(htmlUrl).not.toBe(`${app.baseUrl}/#/a/${pastedArticle.value.id}`);
    expect(await articleTextContent(page)).toBe(HTML_TEXT);
    expect(await page.locator('article').locator('script, style, iframe, img, svg, form, input, button').count()).toBe(0);
    expect(await page.locator('article a').evaluateAll((links) => links.map((a) => [a.getAttribute('href'), a.getAttribute('rel')]))).toEqual([['https://wire.example/costs', 'noopener noreferrer nofollow']]);
    await annotate(page, 'twelve million pounds', { button: 'Fact-check', verdict: 'Unverified', note: 'No source for the figure.' });
    await page.screenshot({ path: '/tmp/e2e-library-html-article.png' });

    // 3. Reload: each annotation is on its own article.
    await page.reload();
    await page.locator('article h1', { hasText: 'Port strike ends after a week' }).waitFor();
    await eventually(() => annotationItems(page).count()).toBe(1);
    expect(await card(page, 'twelve million pounds').count()).toBe(1);
    await page.goBack();
    await page.locator('article h1', { hasText: 'Council approves the new bridge' }).waitFor();
    await eventually(() => annotationItems(page).count()).toBe(1);
    expect(await card(page, 'voted 7 to 2').getByText('The minutes say 6 to 3.').isVisible()).toBe(true);
    await page.goBack();
    await page.locator('article[data-interactive] h1', { hasText: 'Washington Asked Moscow' }).waitFor();
    await eventually(() => annotationItems(page).count()).toBe(0);

    // 4. The library lists all three, with their counts.
    await page.getByRole('button', { name: 'Library' }).click();
    const list = page.getByRole('list', { name: 'Articles' });
    await eventually(() => list.getByRole('listitem').count()).toBe(3);
    await eventually(() => list.getByRole('listitem').filter({ hasText: 'Port strike ends after a week' }).innerText()).toContain('1 fact-check');
    expect(await list.getByRole('listitem').filter({ hasText: 'Council approves' }).textContent()).toContain('City Gazette');
    await page.screenshot({ path: '/tmp/e2e-library-1280.png', fullPage: true });

    // 5. Search across every article's annotations, and go to one.
    await page.getByRole('searchbox', { name: 'Search articles and annotations' }).fill('minutes');
    const result = page.getByRole('link', { name: 'voted 7 to 2' });
    await result.waitFor();
    await page.screenshot({ path: '/tmp/e2e-library-search.png', fullPage: true });
    await result.click();
    await page.locator('article h1', { hasText: 'Council approves the new bridge' }).waitFor();
    await eventually(() => card(page, 'voted 7 to 2').getAttribute('aria-current')).toBe('true');

    expect(remote).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
    expect(errors).toEqual([]);
  });

  it('gives each article an address that can be bookmarked, and says clearly when one is not in the library', async () => {
    const { context, page } = await app.open();
    const dialog = await openDialog(page);
    await dialog.getByRole('textbox', { name: 'Article text' }).fill(PASTED);
    await dialog.getByRole('textbox', { name: 'Article text' }).press('Control+Enter');
    await page.locator('article h1', { hasText: 'Council approves the new bridge' }).waitFor();
    await highlight(page, 'Construction starts in May');
    const address = page.url();

    // A bookmark opened in a new tab of the same browser.
    const second = await context.newPage();
    await second.goto(address);
    await second.locator('article h1', { hasText: 'Council approves the new bridge' }).waitFor();
    await eventually(() => annotationItems(second).count()).toBe(1);

    // An address from another browser (or of a deleted article).
    await second.goto(`${app.baseUrl}/#/a/h-00000000000000000000000000000000`);
    await second.getByRole('heading', { level: 1, name: 'This article is not in your library' }).waitFor();
    await second.screenshot({ path: '/tmp/e2e-library-not-found.png' });
    await second.getByRole('link', { name: 'Go to the library' }).click();
    await second.getByRole('list', { name: 'Articles' }).waitFor();
    await context.close();
  });

  it('deletes an article after asking, and Undo brings it back with its annotations', async () => {
    const { context, page } = await app.open({ width: 390, height: 844 });
    const dialog = await openDialog(page);
    await dialog.getByRole('textbox', { name: 'Article text' }).fill(PASTED);
    await page.screenshot({ path: '/tmp/e2e-library-open-390.png' });
    await dialog.getByRole('button', { name: 'Open', exact: true }).click();
    await page.locator('article h1', { hasText: 'Council approves the new bridge' }).waitFor();
    await highlight(page, 'Construction starts in May');
    await page.getByRole('button', { name: 'Library' }).click();
    const list = page.getByRole('list', { name: 'Articles' });
    const item = list.getByRole('listitem').filter({ hasText: 'Council approves the new bridge' });
    await eventually(() => item.innerText()).toContain('1 annotation');
    await page.screenshot({ path: '/tmp/e2e-library-390.png', fullPage: true });

    await item.getByRole('button', { name: 'Delete “Council approves the new bridge”' }).click();
    const confirm = page.getByRole('dialog', { name: 'Delete article?' });
    await confirm.waitFor();
    const download = page.waitForEvent('download');
    await confirm.getByRole('button', { name: 'Export annotations first' }).click();
    expect((await download).suggestedFilename()).toBe('council-approves-the-new-bridge.annotations.jsonld');
    await page.screenshot({ path: '/tmp/e2e-library-delete-390.png' });
    await confirm.getByRole('button', { name: 'Delete', exact: true }).click();
    await eventually(() => list.getByRole('listitem').count()).toBe(1);
    await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
    await eventually(() => list.getByRole('listitem').count()).toBe(2);
    await eventually(() => item.innerText()).toContain('1 annotation');
    await context.close();
  });

  it('opens a text of more than a megabyte (parsed in a worker) that can be annotated and found again', async () => {
    const { context, page, errors } = await app.open();
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    const paragraphs = Array.from({ length: 9000 }, (_, i) => `Paragraph ${i + 1} of the long report: the committee heard evidence about item ${i + 1} from three witnesses and recorded it in full.`);
    const text = `The long report\n\n${paragraphs.join('\n\n')}`;
    expect(text.length).toBeGreaterThan(1_000_000);
    const dialog = await openDialog(page);
    await dialog.getByLabel('Article file').setInputFiles({ name: 'long-report.txt', mimeType: 'text/plain', buffer: Buffer.from(text) });
    await eventually(() => dialog.getByRole('status').innerText()).toContain('9,000 paragraphs');
    expect(workers.some((url) => /parse-worker/.test(url))).toBe(true);
    await dialog.getByRole('button', { name: 'Open', exact: true }).click();
    await page.locator('article h1', { hasText: 'The long report' }).waitFor();
    // It goes into the page a slice per task; once all of it is in, it can be annotated.
    await page.locator('article[data-interactive]').waitFor();
    expect(await articleTextContent(page)).toBe(`The long report\n\n${paragraphs.join('\n\n')}`);
    // Blocks off screen skip rendering until they come near.
    expect(await page.locator('article p').nth(8000).evaluate((p) => getComputedStyle(p).contentVisibility)).toBe('auto');

    await highlight(page, 'evidence about item 8999 ');
    await page.reload();
    await page.locator('article h1', { hasText: 'The long report' }).waitFor();
    await eventually(() => annotationItems(page).count()).toBe(1);
    expect(await annotationItems(page).locator('q').textContent()).toBe('evidence about item 8999');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('has no axe-core violations: the library with search results, the Open article dialog with an error, the delete dialog, the not-found page', async () => {
    const { context, page } = await app.open();
    let dialog = await openDialog(page);
    await dialog.getByRole('button', { name: 'Open', exact: true }).click();
    await dialog.getByRole('alert').waitFor();
    expect(await axeViolations(page), 'Open article with an error').toEqual([]);
    await dialog.getByRole('textbox', { name: 'Article text' }).fill(PASTED);
    await eventually(() => dialog.getByRole('textbox', { name: 'Title' }).inputValue()).toBe('Council approves the new bridge');
    expect(await axeViolations(page), 'Open article filled in').toEqual([]);
    await dialog.getByRole('button', { name: 'Open', exact: true }).click();
    await page.locator('article h1', { hasText: 'Council approves the new bridge' }).waitFor();
    await annotate(page, 'voted 7 to 2', { button: 'Fact-check', verdict: 'Misleading', note: 'Minutes differ.', tags: 'votes' });

    await page.getByRole('button', { name: 'Library' }).click();
    await page.getByRole('list', { name: 'Articles' }).getByRole('listitem').nth(1).waitFor();
    expect(await axeViolations(page), 'library').toEqual([]);
    await page.getByRole('searchbox', { name: 'Search articles and annotations' }).fill('votes');
    await page.getByRole('link', { name: 'voted 7 to 2' }).waitFor();
    expect(await axeViolations(page), 'library search results').toEqual([]);
    await page.getByRole('searchbox', { name: 'Search articles and annotations' }).fill('');
    await page.getByRole('button', { name: 'Delete “Council approves the new bridge”' }).click();
    dialog = page.getByRole('dialog', { name: 'Delete article?' });
    await dialog.waitFor();
    expect(await axeViolations(page), 'delete dialog').toEqual([]);
    await dialog.getByRole('button', { name: 'Cancel' }).click();

    await page.goto(`${app.baseUrl}/#/a/h-ffffffffffffffffffffffffffffffff`);
    await page.getByRole('heading', { level: 1, name: 'This article is not in your library' }).waitFor();
    expect(await axeViolations(page), 'not found').toEqual([]);
    await context.close();
  });
});
