import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import shipped from '../../public/articles/press-tv-washington-asked-moscow-nusra.json';
import { articleSlug } from '../../src/core/model/article';
import { checkAnnotationMusts, checkCollection } from '../support/wpt-validator';
import { annotationItems, selectText, useBrowser } from './support/app';
import { setPublishing, REPORT_URL } from './support/publishing';
import { card, editor, eventually, highlight, openEditor, passagePoint } from './support/reader';
import { download } from './support/export-download';

const app = useBrowser();
const slug = articleSlug(shipped);
const CLAIM = 'Since March, al-Nusra Front has recruited 3,000 new militants';
const SUMMARY = 'Al-Nusra recruited 3,000 fighters since March';
const ASKED = 'The United States has asked Russia to stop conducting airstrikes';
const SOURCE = 'https://www.syriahr.com/en/';

/** Fact-checks CLAIM through the editor as a fact-checker does: verdict, claim, explanation, a source, tags. */
async function factCheckClaim(page: Page, screenshot?: string): Promise<void> {
  const dialog = await openEditor(page, CLAIM, 'Fact-check');
  await dialog.getByRole('radio', { name: 'Unverified', exact: true }).check();
  await dialog.getByRole('textbox', { name: 'Claim summary' }).fill(SUMMARY);
  await dialog.getByRole('textbox', { name: 'Claimant' }).fill('Syrian Observatory for Human Rights');
  await dialog.getByRole('radio', { name: 'Substance', exact: true }).check();
  await dialog.getByRole('textbox', { name: 'Note' }).fill('Single source: the *Observatory*, relayed by AP.');
  const url = dialog.getByRole('textbox', { name: 'Source URL' });
  // Anything but an http(s) link is refused with a message, and nothing is added.
  await url.fill('javascript:alert(document.cookie)');
  await dialog.getByRole('button', { name: 'Add source' }).click();
  await dialog.getByText('“javascript:” links are refused').waitFor();
  expect(await url.getAttribute('aria-invalid')).toBe('true');
  await url.fill(SOURCE);
  await dialog.getByRole('button', { name: 'Add source' }).click();
  await dialog.getByRole('textbox', { name: `Title ${SOURCE}` }).fill('SOHR monthly report');
  await dialog.getByRole('combobox', { name: `Stance ${SOURCE}` }).selectOption('context');
  await dialog.getByRole('textbox', { name: 'Tags' }).fill('figures, sourcing');
  if (screenshot) await page.screenshot({ path: screenshot });
  await dialog.getByRole('button', { name: 'Save' }).click();
  await dialog.waitFor({ state: 'detached' });
}

/** Opens Export, picks `label` and resolves to the downloaded file's name and text. */
describe('Fact-checking an article', () => {
  it('checks a claim with a source, sees it in the panel, the filter, the scorecard and the margin map, and exports it', async () => {
    const { page, errors } = await app.open();
    await factCheckClaim(page, '/tmp/fc-editor-1280.png');

    // The panel lists it with its verdict, claim, note, tags and source.
    const checked = card(page, CLAIM);
    await checked.getByText('Unverified').waitFor();
    expect(await checked.getByText(SUMMARY).count()).toBe(1);
    expect(await checked.getByText('figures').count()).toBe(1);
    expect(await checked.getByRole('link', { name: 'SOHR monthly report' }).getAttribute('href')).toBe(SOURCE);

    // A second claim rated from the keyboard: highlight it (it becomes active), then 5 = False.
    await highlight(page, ASKED);
    // (Clicking the toolbar scrolled it, below the passage, to the top edge: the passage is brought back in sight, as a reader would see it.)
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.keyboard.press('5');
    await card(page, ASKED).locator('.verdict-badge', { hasText: 'False' }).waitFor();
    await highlight(page, 'Lavrov said in a televised speech on Friday');

    // Filters: by verdict, by tag, then cleared.
    const panel = page.getByRole('complementary', { name: 'Annotations' });
    const quotes = () => annotationItems(page).locator('q').allTextContents();
    await panel.getByRole('combobox', { name: 'Filter by verdict' }).selectOption('unverified');
    await eventually(quotes).toEqual([CLAIM]);
    await panel.getByRole('combobox', { name: 'Filter by verdict' }).selectOption('false');
    await eventually(quotes).toEqual([ASKED]);
    await panel.getByRole('combobox', { name: 'Filter by tag' }).selectOption('sourcing');
    await panel.getByText('No annotation matches rated False, tagged sourcing.').waitFor();
    await panel.getByRole('button', { name: 'Clear filters' }).click();
    await eventually(quotes).toEqual([ASKED, 'Lavrov said in a televised speech on Friday', CLAIM]);
    await page.screenshot({ path: '/tmp/fc-panel-1280.png' });

    // The scorecard: chart, table, coverage and the claim still unverified, which jumps to it.
    await page.getByRole('button', { name: 'Scorecard' }).click();
    const scorecard = page.getByRole('dialog', { name: 'Scorecard' });
    const chart = scorecard.getByRole('img', { name: /Claims per verdict/ });
    expect(await chart.getAttribute('aria-label')).toMatch(/^Claims per verdict: False 1, Unverified 1\./);
    const table = scorecard.getByRole('table', { name: 'Claims per verdict' });
    expect(await table.getByRole('row').count()).toBe(7); // a header and the six verdicts that rate a claim
    expect(await table.getByRole('row', { name: 'Unverified 1' }).count()).toBe(1);
    await page.screenshot({ path: '/tmp/fc-scorecard-1280.png' });
    await scorecard.getByRole('button', { name: SUMMARY }).click();
    await scorecard.waitFor({ state: 'detached' });
    await eventually(() => card(page, CLAIM).getAttribute('aria-current')).toBe('true');

    // The margin map: one mark per fact-check; a click activates its claim.
    const marks = page.getByRole('navigation', { name: 'Fact-check map' }).getByRole('button');
    expect(await marks.count()).toBe(2);
    // Each mark sits beside the line its claim starts on (it scrolls with the text).
    const claimStart = await passagePoint(page, ASKED, 0);
    const falseMark = await marks.filter({ hasText: '✗' }).boundingBox();
    expect(Math.abs((falseMark?.y ?? 0) + (falseMark?.height ?? 0) / 2 - claimStart.y)).toBeLessThan(16);
    await marks.filter({ hasText: '✗' }).click();
    await eventually(() => card(page, ASKED).getAttribute('aria-current')).toBe('true');
    expect(await page.locator('article .margin-map').count()).toBe(0);
    await page.screenshot({ path: '/tmp/fc-margin-1280.png' });

    // W3C JSON-LD: verdicts and evidence included, and the MUST assertions hold.
    const w3c = await download(page, 'W3C JSON-LD');
    expect(w3c.name).toBe(`${slug}.annotations.jsonld`);
    const collection = JSON.parse(w3c.text);
    expect(checkCollection(collection)).toEqual([]);
    const items = collection.first.items as Array<{ body?: Array<Record<string, string>>; 'mg:claim'?: unknown }>;
    for (const item of items) expect(checkAnnotationMusts(item)).toEqual([]);
    const exported = items.find((i) => i.body?.some((b) => b.purpose === 'assessing' && b.value === 'Unverified'));
    expect(exported?.body).toContainEqual({ type: 'SpecificResource', purpose: 'linking', source: SOURCE, 'mg:title': 'SOHR monthly report', 'mg:stance': 'context' });
    expect(exported?.['mg:claim']).toEqual({ summary: SUMMARY, claimant: 'Syrian Observatory for Human Rights', claimantType: 'Organization', scope: 'substance' });

    // Markdown: a readable report, passages in document order.
    const markdown = await download(page, 'Markdown');
    expect(markdown.name).toBe(`${slug}.fact-check.md`);
    expect(markdown.text).toContain(`# Fact-check report: ${shipped.title.replace(/[[\]]/g, '\\$&')}`);
    expect(markdown.text).toContain('**Source:** Press TV, republished by Global Research');
    const headings = markdown.text.split('\n').filter((l) => l.startsWith('### '));
    expect(headings).toEqual(['### 1. ✗ False', '### 2. Highlight', '### 3. ? Unverified']);
    expect(markdown.text).toContain(`> ${CLAIM}`);
    expect(markdown.text).toContain(`- [SOHR monthly report](${SOURCE}) (context)`);
    expect(markdown.text).toContain('**Tags:** figures, sourcing');

    // ClaimReview: one per rated claim, once the publisher and the report's address are given; Unverified as text only.
    await setPublishing(page);
    const claimReview = await download(page, 'ClaimReview JSON-LD');
    expect(claimReview.name).toBe(`${slug}.claimreview.jsonld`);
    const graph = JSON.parse(claimReview.text)['@graph'] as Array<Record<string, unknown>>;
    expect(graph.map((r) => r.reviewRating)).toEqual([
      { '@type': 'Rating', ratingValue: 1, bestRating: 5, worstRating: 1, alternateName: 'False', name: 'False' },
      { '@type': 'Rating', alternateName: 'Unverified', name: 'Unverified', ratingExplanation: 'Single source: the Observatory, relayed by AP.' },
    ]);
    expect(graph[1]).toMatchObject({ '@type': 'ClaimReview', claimReviewed: SUMMARY, citation: [SOURCE], url: `${REPORT_URL}#claim-2`, itemReviewed: { '@type': 'Claim', author: { '@type': 'Organization', name: 'Syrian Observatory for Human Rights' } } });
    expect(errors).toEqual([]);
  });

  it('with nothing fact-checked: the scorecard says how to start, and ClaimReview explains why there is no file', async () => {
    const { page } = await app.open();
    await page.getByRole('button', { name: 'Scorecard' }).click();
    const scorecard = page.getByRole('dialog', { name: 'Scorecard' });
    await scorecard.getByText('Nothing in this article is fact-checked yet.').waitFor();
    await page.keyboard.press('Escape');
    await scorecard.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Export' }).click();
    // The HTML report still exports, and says beside it that it will lack the markup.
    const report = page.getByRole('menuitem', { name: 'HTML report' });
    const described = await report.evaluate((item) => document.getElementById(item.getAttribute('aria-describedby') ?? '')?.textContent ?? '');
    expect(described).toMatch(/^Without ClaimReview markup until it has a claim rated Accurate to False, or Unverified/);
    await page.getByRole('menuitem', { name: 'ClaimReview JSON-LD' }).click();
    await page.getByRole('alert').filter({ hasText: 'ClaimReview JSON-LD cannot be exported yet. Needs a claim rated Accurate to False, or Unverified' }).waitFor();
  });

  it('works on a phone: the editor fits, the scorecard opens, the margin map steps aside', async () => {
    const { page } = await app.open({ width: 390, height: 844 });
    await factCheckClaim(page, '/tmp/fc-editor-390.png');
    await selectText(page, ASKED);
    await page.keyboard.press('f');
    const dialog = editor(page);
    await dialog.getByRole('radio', { name: 'Misleading', exact: true }).check();
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await page.getByRole('navigation', { name: 'Fact-check map' }).isVisible()).toBe(false);
    await page.getByRole('button', { name: 'Scorecard' }).click();
    const scorecard = page.getByRole('dialog', { name: 'Scorecard' });
    await scorecard.getByRole('img', { name: /Claims per verdict/ }).waitFor();
    const box = await scorecard.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 390).toBe(true);
    await page.screenshot({ path: '/tmp/fc-scorecard-390.png' });
  });
});
