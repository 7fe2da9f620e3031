import { copyFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { marked } from 'marked';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import shipped from '../../public/articles/press-tv-washington-asked-moscow-nusra.json';
import type { Annotation } from '../../src/core/model/annotation';
import type { Article } from '../../src/core/model/article';
import { REQUIRED, failing, recommended } from '../unit/support/google-claim-review';
import { settled, useBrowser } from './support/app';
import { PUBLISHER, REPORT_URL, setPublishing } from './support/publishing';
import { card, openEditor } from './support/reader';
import { storeAndReload } from './support/stored-records';
import { download } from './support/export-download';

const app = useBrowser();
const CLAIM = 'Since March, al-Nusra Front has recruited 3,000 new militants';
const SOURCE = 'https://www.syriahr.com/en/';
const ARTICLE_URL = 'https://www.globalresearch.ca/washington-asked-moscow-to-stop-attacking-al-nusra/5528133';
/** The shipped text as an article of the library, with the original address and date a reader gave it. */
const located = { ...(shipped as Article), id: 'nusra-located', iri: 'urn:marginalia:article:nusra-located', source: { ...shipped.source, url: ARTICLE_URL }, published: '2016-05-28' } as Article;
const KILLED = 'over 400,000 people have been killed in the conflict';
const LOADED = 'Takfiri terrorist group';
/** A note a spreadsheet would run as a formula, with quotes and accents a spreadsheet must keep. */
const FORMULA_NOTE = '@SUM(A1) "400,000" is de Mistura’s April 2016 estimate — déjà cité';
/** A note that would run script if anything put it into a page unescaped. */
const PAYLOAD = 'Single **source**. </script><script>window.__pwned = 1</script> <img src=x onerror="window.__pwned = 2"> =HYPERLINK("http://evil.test")';

async function checkClaim(page: Page): Promise<void> {
  const dialog = await openEditor(page, CLAIM, 'Fact-check');
  await dialog.getByRole('radio', { name: 'Unverified', exact: true }).check();
  await dialog.getByRole('textbox', { name: 'Claimant' }).fill('Syrian Observatory for Human Rights');
  await dialog.getByRole('textbox', { name: 'Note' }).fill(PAYLOAD);
  await dialog.getByRole('textbox', { name: 'Source URL' }).fill(SOURCE);
  await dialog.getByRole('button', { name: 'Add source' }).click();
  await dialog.getByRole('combobox', { name: `Stance ${SOURCE}` }).selectOption('context');
  await dialog.getByRole('textbox', { name: 'Tags' }).fill('figures, sourcing');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await dialog.waitFor({ state: 'detached' });
  await card(page, CLAIM).getByText('Unverified').waitFor();
}

describe('Reports a newsroom can publish', () => {
  it('exports CSV, ClaimReview, the Fact Check Tools page and the HTML report, each read back as its consumer reads it', async () => {
    const { page, context, errors } = await app.open();
    await storeAndReload(page, { articles: [located] });
    await page.goto(`${app.baseUrl}#/a/${located.id}`);
    await page.locator('article[data-interactive] h1').waitFor();
    // Two earlier checks, stored where the reader's text puts them: a False claim and a Loaded language mark (not a claim).
    const text = await page.evaluate(() => document.querySelector('article')?.textContent ?? '');
    const at = (quote: string) => ({ start: text.indexOf(quote), end: text.indexOf(quote) + quote.length });
    const stored = (n: number, exact: string, fields: Partial<Annotation>): Annotation => ({
      id: `urn:uuid:00000000-0000-4000-8000-00000000010${n}`,
      target: { articleId: located.id, source: located.iri, textHash: 'stale', quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', ...at(exact) } },
      note: '',
      verdict: null,
      tags: [],
      evidence: [],
      created: '2026-04-01T10:00:00.000Z',
      modified: '2026-04-02T10:00:00.000Z',
      ...fields,
    });
    const killed = stored(1, KILLED, { verdict: 'false', note: FORMULA_NOTE, claim: { claimant: 'Staffan de Mistura', claimantType: 'Person' }, evidence: [{ url: 'https://news.un.org/en/story/2016/04/527962', title: 'UN News, “Syria: 400,000”', stance: 'refutes' }] });
    const loaded = stored(2, LOADED, { verdict: 'loaded-language', note: '-1 for tone', tags: ['wording'] });
    await storeAndReload(page, { articles: [located], annotations: [killed, loaded] });
    await card(page, KILLED).getByText('False').first().waitFor();
    await settled(page);
    await checkClaim(page);

    // Without a publisher and a report address, ClaimReview says what it needs, under its item and in the alert.
    await page.getByRole('button', { name: 'Export' }).click();
    const item = page.getByRole('menuitem', { name: 'ClaimReview JSON-LD', exact: true });
    expect(await item.getAttribute('aria-describedby')).toBeTruthy();
    await page.getByText('Needs the publisher’s name and the address where the report will be published (both in Publishing details).').first().waitFor();
    await page.screenshot({ path: '/tmp/reports-menu.png' });
    await item.click();
    await page.getByRole('alert').filter({ hasText: 'ClaimReview JSON-LD cannot be exported yet' }).waitFor();
    await setPublishing(page);

    // Markdown: read by a Markdown parser as a reader's tool would: the payload note forges no
    // section and carries no HTML; the publisher signs it.
    const markdown = await download(page, 'Markdown');
    const tokens = marked.lexer(markdown.text);
    const headings = tokens.filter((t) => t.type === 'heading').map((t) => (t as { text: string }).text);
    expect(headings.slice(1)).toEqual(['Summary', 'Annotations', '1. ⚑ Loaded language', '2. ? Unverified', '3. ✗ False']);
    const rendered = await marked.parse(markdown.text);
    expect(rendered).not.toMatch(/<script|<img/);
    expect(rendered).toContain('&lt;/script&gt;&lt;script&gt;window.__pwned = 1&lt;/script&gt;');
    expect(rendered).toContain(`<strong>Checked by:</strong> <a href="${PUBLISHER.url}">${PUBLISHER.name}</a>`);

    // CSV: parsed by a CSV parser, compared cell by cell, in document order.
    const csv = await download(page, 'CSV');
    expect(csv.name.endsWith('.annotations.csv')).toBe(true);
    expect(csv.text.charCodeAt(0)).toBe(0xfeff);
    // What a spreadsheet reads: CRLF records, quotes doubled inside a quoted cell, a formula-looking cell behind a '.
    expect(csv.text).toContain('\r\n');
    expect(csv.text).toContain(`"'@SUM(A1) ""400,000"" is de Mistura’s April 2016 estimate — déjà cité"`);
    const rows = Papa.parse<string[]>(csv.text.slice(1), { skipEmptyLines: true }).data;
    expect(rows[0]).toEqual(['quote', 'verdict', 'note', 'tags', 'sources', 'claimant', 'author', 'created', 'modified', 'position']);
    expect(rows).toHaveLength(4);
    const span = (quote: string) => `${at(quote).start}-${at(quote).end}`;
    expect(rows[1]).toEqual([LOADED, 'Loaded language', "'-1 for tone", 'wording', '', '', '', loaded.created, loaded.modified, span(LOADED)]);
    const [quote, verdict, note, tags, sources, claimant, author, created, modified, position] = rows[2] as string[];
    expect([quote, verdict, note, tags, sources, claimant, author]).toEqual([CLAIM, 'Unverified', PAYLOAD, 'figures, sourcing', `${SOURCE} (context)`, 'Syrian Observatory for Human Rights', '']);
    expect(Date.parse(created as string)).toBeGreaterThan(Date.parse(killed.modified));
    expect(modified).toBe(created);
    expect(position).toBe(span(CLAIM));
    expect(rows[3]).toEqual([KILLED, 'False', `'${FORMULA_NOTE}`, '', 'https://news.un.org/en/story/2016/04/527962 (UN News, “Syria: 400,000”, refutes)', 'Staffan de Mistura', '', killed.created, killed.modified, span(KILLED)]);

    // ClaimReview JSON-LD: one review per rated claim (not the Loaded language mark), each with every property Google requires and recommends.
    const claimReview = await download(page, 'ClaimReview JSON-LD');
    expect(claimReview.text).not.toContain('</script');
    const graph = JSON.parse(claimReview.text)['@graph'];
    expect(graph).toHaveLength(2);
    const [review, falseReview] = graph;
    expect(failing(review, REQUIRED)).toEqual([]);
    expect(failing(review, recommended(true))).toEqual([]);
    expect(failing(falseReview, REQUIRED)).toEqual([]);
    expect(failing(falseReview, recommended(false))).toEqual([]);
    expect(review).toMatchObject({ url: `${REPORT_URL}#claim-1`, author: { '@type': 'Organization', name: PUBLISHER.name }, itemReviewed: { appearance: { url: ARTICLE_URL }, author: { '@type': 'Organization' } } });
    expect(review.reviewRating.ratingExplanation).toContain('Single source.');
    expect(falseReview).toMatchObject({ url: `${REPORT_URL}#claim-2`, reviewRating: { ratingValue: 1, alternateName: 'False' }, itemReviewed: { author: { '@type': 'Person', name: 'Staffan de Mistura' }, datePublished: '2016-05-28' } });

    // The same reviews as Google Fact Check Tools' ClaimReviewMarkupPage.
    const markup = JSON.parse((await download(page, 'ClaimReview for Fact Check Tools')).text);
    expect(markup).toMatchObject({ pageUrl: REPORT_URL, claimReviewAuthor: { name: PUBLISHER.name, imageUrl: PUBLISHER.logo }, claimReviewMarkups: [{ url: `${REPORT_URL}#claim-1`, rating: { textualRating: 'Unverified' }, claimAppearances: [ARTICLE_URL] }, { url: `${REPORT_URL}#claim-2`, rating: { textualRating: 'False', ratingValue: 1 } }] });

    // The HTML report: opened in Chromium as a file, nothing runs, nothing loads, it carries the markup, it prints.
    const report = await download(page, 'HTML report');
    expect(report.name.endsWith('.fact-check.html')).toBe(true);
    const viewer = await context.newPage();
    const requests: string[] = [];
    viewer.on('request', (r) => requests.push(r.url()));
    const viewerErrors: string[] = [];
    viewer.on('pageerror', (e) => viewerErrors.push(e.message));
    // A download is saved under a random name with no extension, which Chromium would show as text: give it the report's name.
    const reportFile = join(await mkdtemp(join(tmpdir(), 'marginalia-report-')), report.name);
    await copyFile(report.path, reportFile);
    await viewer.goto(pathToFileURL(reportFile).href);
    await viewer.getByRole('heading', { level: 1, name: located.title }).waitFor();
    expect(await viewer.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await viewer.locator('script:not([type="application/ld+json"]), img, iframe, link').count()).toBe(0);
    expect(requests.filter((u) => !u.startsWith('file://'))).toEqual([]);
    expect(await viewer.locator('#claim-1 blockquote.passage').textContent()).toBe(CLAIM);
    expect(await viewer.locator('#claim-1 .explanation strong').textContent()).toBe('source');
    expect(await viewer.locator('#claim-1').getByRole('link', { name: SOURCE }).getAttribute('href')).toBe(SOURCE);
    expect(await viewer.locator('#claim-2 blockquote.passage').textContent()).toBe(KILLED);
    expect(await viewer.locator('#mark-1 blockquote.passage').textContent()).toBe(LOADED);
    // The scorecard counts claims as the app does: the Loaded language mark is said apart.
    const table = viewer.getByRole('table', { name: 'Claims per verdict' });
    expect(await table.getByRole('row').allTextContents()).toEqual(['VerdictClaims', '✗ False1', '? Unverified1', 'All2']);
    await viewer.getByText('Not counted as claims: Loaded language 1 (they judge wording or opinion, not facts).').waitFor();
    const embedded = JSON.parse((await viewer.locator('script[type="application/ld+json"]').textContent()) ?? '');
    // The page carries the same reviews as the JSON-LD download (made a moment apart: only the publication time may differ).
    const undated = (list: Array<Record<string, unknown>>) => list.map(({ datePublished: _, ...rest }) => rest);
    expect(undated(embedded['@graph'])).toEqual(undated(graph));
    for (const r of embedded['@graph']) expect(failing(r, REQUIRED)).toEqual([]);
    // Each review's address lands on its own section of the page: opened at `…#claim-N`, that section is the target and in view.
    await viewer.setViewportSize({ width: 800, height: 500 });
    for (const r of embedded['@graph'] as Array<{ url: string; claimReviewed: string }>) {
      const fragment = new URL(r.url).hash;
      await viewer.goto(`${pathToFileURL(reportFile).href}${fragment}`);
      const landed = await viewer.evaluate(() => {
        const target = document.querySelector(':target');
        const box = target?.getBoundingClientRect();
        return { id: target?.id, top: box?.top ?? -1, scrolled: window.scrollY, height: window.innerHeight };
      });
      expect(landed.id).toBe(fragment.slice(1));
      expect(landed.scrolled).toBeGreaterThan(0);
      expect(landed.top).toBeGreaterThan(-1); // sub-pixel rounding
      expect(landed.top).toBeLessThan(landed.height);
    }
    expect(await viewer.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    await viewer.setViewportSize({ width: 1280, height: 900 });
    await viewer.goto(pathToFileURL(reportFile).href);
    await viewer.screenshot({ path: '/tmp/reports-html.png', fullPage: true });
    const pdf = await viewer.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(5_000);
    expect(viewerErrors).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('backs up a library of three articles, one renamed in its Details, and restores it, identical, into a fresh profile', async () => {
    const first = await app.open();
    const articles = [1, 2, 3].map((n) => ({ ...(shipped as Article), id: `copy-${n}`, iri: `urn:marginalia:article:copy-${n}`, title: `${shipped.title} (${n})`, published: `2016-05-2${n}` }) as Article);
    const annotations = articles.map((a, n) => ({
      id: `urn:uuid:00000000-0000-4000-8000-00000000000${n}`,
      target: { articleId: a.id, source: a.iri, textHash: 'h', quote: { type: 'TextQuoteSelector' as const, exact: CLAIM, prefix: '', suffix: '' }, position: { type: 'TextPositionSelector' as const, start: 10, end: 10 + CLAIM.length } },
      note: `note ${n} </script>`,
      verdict: 'false' as const,
      tags: ['t'],
      evidence: [{ url: SOURCE, stance: 'refutes' as const }],
      claim: { claimant: 'Press TV', claimantType: 'Organization' as const },
      created: '2026-04-01T10:00:00.000Z',
      modified: '2026-04-02T10:00:00.000Z',
    }));
    await storeAndReload(first.page, { articles, annotations });
    const dump = (page: Page) =>
      page.evaluate(async () => {
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const request = indexedDB.open('marginalia');
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        const all = (store: string) =>
          new Promise<unknown[]>((resolve, reject) => {
            const request = db.transaction(store).objectStore(store).getAll();
            request.onsuccess = () => resolve(request.result);
            request.onerror = () => reject(request.error);
          });
        const out = { articles: await all('articles'), annotations: await all('annotations'), settings: await all('settings') };
        db.close();
        return out;
      });
    await first.page.goto(`${app.baseUrl}#/library`);
    // One article renamed through its Details: the backup carries that too.
    await first.page.getByRole('button', { name: `Details of “${shipped.title} (1)”` }).click();
    const details = first.page.getByRole('dialog', { name: 'Article details' });
    await details.getByLabel('Title').fill('The first copy, renamed');
    await details.getByLabel('Title').press('Enter');
    await first.page.getByRole('list', { name: 'Articles' }).getByRole('link', { name: 'The first copy, renamed' }).waitFor();
    const before = await dump(first.page);
    expect(before.articles).toHaveLength(3);
    expect(before.settings).toContainEqual({ key: 'details:copy-1', value: expect.objectContaining({ title: 'The first copy, renamed' }) });

    const downloading = first.page.waitForEvent('download');
    await first.page.getByRole('button', { name: 'Back up library' }).click();
    const backup = await downloading;
    const path = await backup.path();
    expect(backup.suggestedFilename()).toMatch(/\.marginalia-backup\.json$/);

    const fresh = await app.open();
    await fresh.page.goto(`${app.baseUrl}#/library`);
    await fresh.page.getByRole('button', { name: 'Restore backup', exact: true }).waitFor();
    await fresh.page.getByLabel('Restore backup file').setInputFiles(path);
    const preview = fresh.page.getByRole('dialog', { name: 'Import preview' });
    await preview.getByText('3 new annotations').waitFor();
    await preview.getByText('The backup holds 3 articles: 3 new to this library.').waitFor();
    await preview.getByText('It holds the edited details of 1 article.').waitFor();
    await fresh.page.screenshot({ path: '/tmp/reports-restore.png' });
    await preview.getByRole('button', { name: 'Restore' }).click();
    await preview.waitFor({ state: 'detached' });
    await fresh.page.getByRole('list', { name: 'Articles' }).getByRole('link', { name: `${shipped.title} (3)`, exact: true }).waitFor();
    await fresh.page.getByRole('list', { name: 'Articles' }).getByRole('link', { name: 'The first copy, renamed', exact: true }).waitFor();
    const after = await dump(fresh.page);
    const byId = (list: unknown[]) => [...(list as Array<{ id: string }>)].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(after.articles)).toEqual(byId(before.articles));
    expect(byId(after.annotations)).toEqual(byId(before.annotations));
    const detailsOf = (settings: unknown[]) => (settings as Array<{ key: string }>).filter((s) => s.key.startsWith('details:'));
    expect(detailsOf(after.settings)).toEqual(detailsOf(before.settings));
    expect(fresh.errors).toEqual([]);
  });
});
