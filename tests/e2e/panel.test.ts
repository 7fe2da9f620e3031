import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { annotationItems, useBrowser } from './support/app';
import { annotate, card, editor, eventually, highlight, paintedRanges, paintedTexts, passagePoint } from './support/reader';

const app = useBrowser();
// Four passages in document order.
const FIRST = 'The United States has asked Russia to stop conducting airstrikes';
const SECOND = 'Lavrov said in a televised speech on Friday';
const THIRD = 'Since March, al-Nusra Front has recruited 3,000 new militants';
const FOURTH = 'over 400,000 people have been killed in the conflict';

/** The quotes of the listed cards, top to bottom. */
function listedQuotes(page: Page): Promise<string[]> {
  return annotationItems(page).locator('q').allTextContents();
}

/** The quote of the card marked active (aria-current="true"), or null. */
async function activeQuote(page: Page): Promise<string | null> {
  const active = annotationItems(page).and(page.locator('[aria-current="true"]'));
  return (await active.count()) === 1 ? active.locator('q').textContent() : null;
}

/** The text painted as active, or null. */
async function activePainted(page: Page): Promise<string | null> {
  return (await paintedRanges(page)).find((r) => r.highlight === 'mg-active')?.text ?? null;
}

/** Four annotations made out of document order: a note, a fact-check, a highlight and a tagged note. */
async function annotateFour(page: Page): Promise<void> {
  await annotate(page, THIRD, { note: 'Which monitor counted these?' });
  await annotate(page, FIRST, { button: 'Fact-check', verdict: 'Missing context', note: 'Russia had been asked before.' });
  await highlight(page, FOURTH);
  await annotate(page, SECOND, { note: 'Speech on state television.', tags: 'sourcing, broadcast' });
}

describe('The Annotations panel', () => {
  it('lists annotations in document order whatever order they were made in', async () => {
    const { page } = await app.open();
    await annotateFour(page);
    expect(await listedQuotes(page)).toEqual([FIRST, SECOND, THIRD, FOURTH]);
    expect((await paintedTexts(page)).sort()).toEqual([FIRST, SECOND, THIRD, FOURTH].sort());
    await page.screenshot({ path: '/tmp/e2e-panel.png' });
  });

  it('Search annotations filters by quote, note and tag, and shows everything again when cleared', async () => {
    const { page } = await app.open();
    await annotateFour(page);
    const search = page.getByRole('searchbox', { name: 'Search annotations' });
    await search.fill('televised');
    await eventually(() => listedQuotes(page)).toEqual([SECOND]);
    await search.fill('monitor counted');
    await eventually(() => listedQuotes(page)).toEqual([THIRD]);
    await search.fill('broadcast');
    await eventually(() => listedQuotes(page)).toEqual([SECOND]);
    await search.fill('Missing context');
    await eventually(() => listedQuotes(page)).toEqual([FIRST]);
    await search.fill('nothing like this anywhere');
    await eventually(() => listedQuotes(page)).toEqual([]);
    expect(await page.getByRole('complementary', { name: 'Annotations' }).getByText('No annotation matches').isVisible()).toBe(true);
    await search.fill('');
    await eventually(() => listedQuotes(page)).toEqual([FIRST, SECOND, THIRD, FOURTH]);
  });

  it('Edit changes a note, and the card shows the new one', async () => {
    const { page } = await app.open();
    await annotate(page, THIRD, { note: 'Which monitor counted these?' });
    await card(page, THIRD).getByRole('button', { name: 'Edit' }).click();
    const dialog = editor(page);
    await dialog.waitFor();
    const note = dialog.getByRole('textbox', { name: 'Note' });
    expect(await note.inputValue()).toBe('Which monitor counted these?');
    expect(await dialog.getByRole('button', { name: 'Delete' }).isVisible()).toBe(true);
    await note.fill('The Syrian Observatory for Human Rights, per AP.');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'detached' });
    await card(page, THIRD).getByText('The Syrian Observatory for Human Rights, per AP.').waitFor();
    expect(await card(page, THIRD).getByText('Which monitor counted these?').count()).toBe(0);
    expect(await annotationItems(page).count()).toBe(1);
  });

  it('Delete removes an annotation and its paint; Undo in the status message brings both back', async () => {
    const { page } = await app.open();
    await highlight(page, FIRST);
    await annotate(page, SECOND, { note: 'Speech on state television.', tags: 'sourcing' });
    await card(page, SECOND).getByRole('button', { name: 'Delete' }).click();
    await eventually(() => listedQuotes(page)).toEqual([FIRST]);
    await eventually(() => paintedTexts(page)).toEqual([FIRST]);
    const status = page.getByRole('status').filter({ has: page.getByRole('button', { name: 'Undo' }) });
    await status.waitFor();
    expect(await status.innerText()).toContain('deleted');
    await page.screenshot({ path: '/tmp/e2e-undo.png' });
    await status.getByRole('button', { name: 'Undo' }).click();
    await eventually(() => listedQuotes(page)).toEqual([FIRST, SECOND]);
    await eventually(() => paintedTexts(page)).toEqual([FIRST, SECOND].sort());
    // Restored whole: the note and tag came back with the passage.
    expect(await card(page, SECOND).getByText('Speech on state television.').isVisible()).toBe(true);
    expect(await card(page, SECOND).locator('.tag').allTextContents()).toEqual(['sourcing']);
    await status.waitFor({ state: 'detached' });
  });

  it('clicking a painted passage makes its card active, the smallest one where two overlap', async () => {
    const { page } = await app.open();
    const outer = 'Russia to stop conducting airstrikes against the al-Nusra Front terrorists in Syria';
    const inner = 'al-Nusra Front';
    await highlight(page, inner);
    await highlight(page, outer);
    await highlight(page, SECOND);
    expect(await activeQuote(page)).toBe(SECOND);

    let point = await passagePoint(page, inner);
    await page.mouse.click(point.x, point.y);
    await eventually(() => activeQuote(page)).toBe(inner);
    expect(await activePainted(page)).toBe(inner);

    // "airstrikes" lies in the outer passage only.
    point = await passagePoint(page, 'conducting airstrikes');
    await page.mouse.click(point.x, point.y);
    await eventually(() => activeQuote(page)).toBe(outer);
    expect(await activePainted(page)).toBe(outer);
    // Active or not, a highlight's card keeps its highlight-coloured edge.
    const edges = await annotationItems(page).evaluateAll((cards) => cards.map((c) => getComputedStyle(c).borderLeftColor));
    expect(new Set(edges).size).toBe(1);
    await page.screenshot({ path: '/tmp/e2e-active.png' });
  });

  it("activating a card's quote marks it active and brings its passage into view", async () => {
    const { page } = await app.open();
    await highlight(page, FIRST);
    await highlight(page, FOURTH);
    await page.evaluate(() => window.scrollTo(0, 0));
    await card(page, FOURTH).locator('button.card-quote').click();
    await eventually(() => activeQuote(page)).toBe(FOURTH);
    expect(await activePainted(page)).toBe(FOURTH);
    await eventually(() =>
      page.evaluate((quote) => {
        const p = Array.from(document.querySelectorAll('article p')).find((el) => el.textContent?.includes(quote));
        const r = p?.getBoundingClientRect();
        return r ? r.top >= 0 && r.bottom <= window.innerHeight : false;
      }, FOURTH),
    ).toBe(true);
    // With the keyboard too: Enter on the first card's quote.
    await card(page, FIRST).locator('button.card-quote').focus();
    await page.keyboard.press('Enter');
    await eventually(() => activeQuote(page)).toBe(FIRST);
  });

  it('folds a 20,000-character note to a card one can scan past, and Show more opens it in place', async () => {
    const { page, errors } = await app.open();
    const quote = 'Fear of hitting the US-backed militants';
    await annotate(page, quote, { note: `${'Long. '.repeat(3_300)}The end.` });
    const folded = card(page, quote);
    const height = () => folded.evaluate((el) => el.getBoundingClientRect().height);
    expect(await height()).toBeLessThan(500);
    await folded.getByRole('button', { name: 'Show more' }).click();
    expect(await height()).toBeGreaterThan(5_000);
    await folded.getByRole('button', { name: 'Show less' }).click();
    expect(await height()).toBeLessThan(500);
    expect(errors).toEqual([]);
  });
});
