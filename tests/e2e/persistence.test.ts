import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { annotationItems, settled, useBrowser } from './support/app';
import { annotate, card, editor, eventually, highlight, paintedRanges, paintedTexts } from './support/reader';

const app = useBrowser();
const FIRST = 'The United States has asked Russia to stop conducting airstrikes';
const CLAIM = 'Since March, al-Nusra Front has recruited 3,000 new militants';
const LAST = 'over 400,000 people have been killed in the conflict';
// The photo caption is printed twice; only the apostrophe after this passage differs.
const CAPTION = 'Foreign Minister Sergey Lavrov of Russia answers journalists';

async function reload(page: Page): Promise<void> {
  await page.reload();
  await page.locator('article[data-interactive] h1').waitFor();
  await settled(page);
}

/** Opens the reader in another tab of the same browser profile (same IndexedDB). */
async function secondTab(page: Page): Promise<Page> {
  const other = await page.context().newPage();
  await other.goto(app.baseUrl);
  await other.locator('article[data-interactive] h1').waitFor();
  await settled(other);
  return other;
}

describe('After a reload', () => {
  it('every annotation is still listed, with its content, and painted on the same passage', async () => {
    const { page, errors } = await app.open();
    await highlight(page, LAST);
    await annotate(page, CLAIM, { button: 'Fact-check', verdict: 'Unverified', note: 'No primary source.', tags: 'figures' });
    await highlight(page, FIRST);
    const before = await paintedRanges(page);

    await reload(page);
    await eventually(() => annotationItems(page).locator('q').allTextContents()).toEqual([FIRST, CLAIM, LAST]);
    await eventually(() => paintedTexts(page)).toEqual([FIRST, CLAIM, LAST].sort());
    const after = await paintedRanges(page);
    const byStyle = (ranges: typeof before) => ranges.filter((r) => r.highlight !== 'mg-active').sort((a, b) => a.text.localeCompare(b.text));
    expect(byStyle(after)).toEqual(byStyle(before));
    const claim = card(page, CLAIM);
    expect(await claim.locator('.verdict-badge').innerText()).toContain('Unverified');
    expect(await claim.getByText('No primary source.').isVisible()).toBe(true);
    expect(await claim.locator('.tag').allTextContents()).toEqual(['figures']);
    // Found where they were made: none is marked lost or moved.
    expect(await annotationItems(page).getByText('Orphaned').count()).toBe(0);
    expect(await annotationItems(page).getByText('Drifted').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('a passage annotated in the second copy of the photo caption is painted in the second caption, not the first', async () => {
    const { page } = await app.open();
    expect(await page.locator('article figcaption').count()).toBe(2);
    await highlight(page, CAPTION, 1);
    await eventually(() => paintedRanges(page)).toContainEqual({ highlight: 'mg-highlight', text: CAPTION, figcaption: 1 });

    await reload(page);
    await eventually(() => paintedTexts(page)).toEqual([CAPTION]);
    const painted = (await paintedRanges(page)).filter((r) => r.text === CAPTION);
    expect(painted.map((r) => r.figcaption)).toEqual([1]);
    // And a highlight on the first copy stays on the first one.
    await highlight(page, CAPTION, 0);
    await reload(page);
    await eventually(() => paintedTexts(page)).toEqual([CAPTION, CAPTION]);
    expect((await paintedRanges(page)).map((r) => r.figcaption).sort()).toEqual([0, 1]);
    await page.locator('article figcaption').first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: '/tmp/e2e-captions.png' });
  });
});

describe('Two tabs on the same browser profile', () => {
  it('a highlight made in one tab appears in the other without a reload, and so do edits and deletes', async () => {
    const { page } = await app.open();
    const other = await secondTab(page);

    // A reader switches tabs to work in one (a tab in the background gets few animation frames).
    await page.bringToFront();
    await highlight(page, FIRST);
    await eventually(() => annotationItems(other).locator('q').allTextContents()).toEqual([FIRST]);
    await eventually(() => paintedTexts(other)).toEqual([FIRST]);

    await other.bringToFront();
    await annotate(other, CLAIM, { note: 'Which monitor?' });
    await eventually(() => annotationItems(page).locator('q').allTextContents()).toEqual([FIRST, CLAIM]);
    await card(page, CLAIM).getByText('Which monitor?').waitFor();

    await page.bringToFront();
    await card(page, CLAIM).getByRole('button', { name: 'Edit' }).click();
    await editor(page).getByRole('textbox', { name: 'Note' }).fill('The Syrian Observatory, per AP.');
    await editor(page).getByRole('button', { name: 'Save' }).click();
    await card(other, CLAIM).getByText('The Syrian Observatory, per AP.').waitFor();

    await other.bringToFront();
    await card(other, FIRST).getByRole('button', { name: 'Delete' }).click();
    await eventually(() => annotationItems(page).locator('q').allTextContents()).toEqual([CLAIM]);
    await eventually(() => paintedTexts(page)).toEqual([CLAIM]);
  });
});
