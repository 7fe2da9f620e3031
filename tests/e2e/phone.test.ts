import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { annotationItems, dragSelect, useBrowser } from './support/app';
import { annotate, eventually, paintedTexts, passagePoint } from './support/reader';

const app = useBrowser();
const PHONE = { width: 390, height: 844 };

/** The toolbar's box and the selection's line boxes, in viewport coordinates. */
async function toolbarAndSelection(page: Page) {
  const toolbar = await page.getByRole('toolbar', { name: 'Annotate selection' }).boundingBox();
  const lines = await page.evaluate(() =>
    Array.from(document.getSelection()?.getRangeAt(0).getClientRects() ?? [])
      .filter((r) => r.width > 0)
      .map((r) => ({ top: r.top, bottom: r.bottom, left: r.left, right: r.right })),
  );
  if (!toolbar) throw new Error('The toolbar is not on the page.');
  return { toolbar, lines };
}

/** True when the toolbar lies wholly inside the phone's viewport and covers none of the selected words. */
async function toolbarFitsBesideSelection(page: Page): Promise<boolean> {
  const { toolbar, lines } = await toolbarAndSelection(page);
  const inside = toolbar.x >= 0 && toolbar.y >= 0 && toolbar.x + toolbar.width <= PHONE.width && toolbar.y + toolbar.height <= PHONE.height;
  const covers = lines.some((l) => l.left < toolbar.x + toolbar.width && l.right > toolbar.x && l.top < toolbar.y + toolbar.height && l.bottom > toolbar.y);
  return inside && !covers;
}

/** Scrolls so that the line holding `quote` sits `fromBottom` pixels above the bottom of the viewport. */
async function scrollNearBottom(page: Page, quote: string, fromBottom: number): Promise<void> {
  await page.evaluate(
    ({ quote, fromBottom }) => {
      const p = Array.from(document.querySelectorAll('article p')).find((el) => el.textContent?.includes(quote)) as HTMLElement;
      const node = p.firstChild as Text;
      const range = document.createRange();
      range.setStart(node, node.data.indexOf(quote));
      range.setEnd(node, node.data.indexOf(quote) + quote.length);
      window.scrollBy(0, range.getBoundingClientRect().bottom - (window.innerHeight - fromBottom));
    },
    { quote, fromBottom },
  );
}

describe('On a phone-width screen (390 × 844)', () => {
  it('puts the Annotations panel below the article, not beside it, with no sideways scrolling', async () => {
    const { page } = await app.open(PHONE);
    const article = await page.locator('article').boundingBox();
    const panel = await page.getByRole('complementary', { name: 'Annotations' }).boundingBox();
    expect(article && panel).toBeTruthy();
    if (!article || !panel) return;
    expect(panel.y).toBeGreaterThanOrEqual(article.y + article.height);
    expect(panel.x).toBeLessThan(article.x + article.width);
    expect(panel.width).toBeGreaterThan(PHONE.width / 2);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await page.screenshot({ path: '/tmp/e2e-phone.png' });
  });

  it('keeps the top bar to one row: the actions scroll sideways, each can be reached, and the Export menu opens whole', async () => {
    const { page } = await app.open(PHONE);
    const bar = await page.locator('header.topbar').boundingBox();
    expect(bar?.height).toBeLessThan(64);
    const actions = page.getByRole('navigation', { name: 'Article actions' }).getByRole('button');
    // (The file input behind Import is a button too, one pixel wide and out of sight.)
    const boxes = (await Promise.all((await actions.all()).map((b) => b.boundingBox()))).filter((box): box is NonNullable<typeof box> => box !== null && box.width > 10);
    const middles = boxes.map((box) => box.y + box.height / 2);
    expect(middles.length).toBeGreaterThanOrEqual(7);
    // One line: every action's middle at the same height (within a few pixels).
    expect(Math.max(...middles) - Math.min(...middles)).toBeLessThan(4);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    // The last action scrolls into view when it gets focus, and Export's menu is not cut by the row.
    await page.getByRole('button', { name: 'Keyboard shortcuts' }).focus();
    const last = await page.getByRole('button', { name: 'Keyboard shortcuts' }).boundingBox();
    expect(last && last.x + last.width).toBeLessThanOrEqual(PHONE.width);
    await page.getByRole('button', { name: 'Export' }).click();
    const menu = page.getByRole('menu', { name: 'Export' });
    await menu.waitFor();
    const csv = await menu.getByRole('menuitem', { name: /CSV/ }).boundingBox();
    expect(csv && csv.y > 0 && csv.y + csv.height < PHONE.height && csv.x >= 0 && csv.x + csv.width <= PHONE.width).toBe(true);
    expect(await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.closest('[role="menu"]') !== null, { x: (csv?.x ?? 0) + 10, y: (csv?.y ?? 0) + 5 })).toBe(true);
  });

  it('keeps the toolbar inside the screen for a selection ending at the right edge of a line', async () => {
    const { page } = await app.open(PHONE);
    await dragSelect(page, 'Syria, Russian');
    expect(await toolbarFitsBesideSelection(page)).toBe(true);
    await page.screenshot({ path: '/tmp/e2e-phone-toolbar.png' });
    // And it still works: Highlight saves the passage.
    await page.getByRole('toolbar', { name: 'Annotate selection' }).getByRole('button', { name: 'Highlight' }).click();
    await eventually(() => paintedTexts(page)).toEqual(['Syria, Russian']);
    expect(await annotationItems(page).count()).toBe(1);
  });

  it('keeps the toolbar inside the screen for a selection on the last visible line', async () => {
    const { page } = await app.open(PHONE);
    const quote = 'which began September last year';
    await scrollNearBottom(page, quote, 12);
    await dragSelect(page, quote);
    expect(await toolbarFitsBesideSelection(page)).toBe(true);
    await page.screenshot({ path: '/tmp/e2e-phone-bottom.png' });
  });

  it('opens a tapped passage’s card in a sheet where the reader is, and Close puts the page back', async () => {
    const { page } = await app.open(PHONE);
    const quote = 'which began September last year';
    await annotate(page, quote, { note: 'When exactly? The strikes began on 30 September 2015.' });
    await scrollNearBottom(page, quote, 40);
    const before = await page.evaluate(() => window.scrollY);
    const point = await passagePoint(page, quote);
    // passagePoint may scroll; read the place again from where the reader now is.
    const readingAt = await page.evaluate(() => window.scrollY);
    const passageBottom = () =>
      page.evaluate((q) => {
        const p = Array.from(document.querySelectorAll('article p')).find((el) => el.textContent?.includes(q)) as HTMLElement;
        const node = p.firstChild as Text;
        const range = document.createRange();
        range.setStart(node, node.data.indexOf(q));
        range.setEnd(node, node.data.indexOf(q) + q.length);
        return range.getBoundingClientRect().bottom;
      }, quote);
    const bottomBefore = await passageBottom();
    await page.mouse.click(point.x, point.y);
    const sheet = page.getByRole('region', { name: 'Selected annotation' });
    await sheet.waitFor();
    expect(await sheet.textContent()).toContain('When exactly?');
    const box = await sheet.boundingBox();
    expect(box && box.y > PHONE.height / 3 && box.y + box.height <= PHONE.height + 1).toBe(true);
    // The page moved, if at all, only enough to keep the passage above the sheet: not down to the panel.
    const moved = (await page.evaluate(() => window.scrollY)) - readingAt;
    expect(moved).toBeGreaterThanOrEqual(0);
    expect(moved).toBeLessThan(PHONE.height / 2);
    expect(await passageBottom()).toBeLessThanOrEqual((box?.y ?? 0) + 1);
    await page.screenshot({ path: '/tmp/e2e-phone-sheet.png' });

    await sheet.getByRole('button', { name: 'Close' }).click();
    await sheet.waitFor({ state: 'detached' });
    // Back where the reader was: the passage where it stood before the tap (the browser may have
    // shifted the page a few pixels meanwhile to keep the text in place, so the text is compared).
    expect(Math.abs((await passageBottom()) - bottomBefore)).toBeLessThan(2);
    expect(readingAt).toBeGreaterThanOrEqual(before - 1);

    // Escape closes it as well, and a tap beside every passage opens nothing.
    await page.mouse.click(point.x, point.y);
    await sheet.waitFor();
    await page.keyboard.press('Escape');
    await sheet.waitFor({ state: 'detached' });
    await page.mouse.click(PHONE.width / 2, 20);
    expect(await sheet.count()).toBe(0);
  });
});

describe('On a wide screen', () => {
  it('opens no sheet for a clicked passage: the panel beside the text shows its card', async () => {
    const { page } = await app.open();
    const quote = 'which began September last year';
    await annotate(page, quote, { note: 'When exactly?' });
    const point = await passagePoint(page, quote);
    await page.mouse.click(point.x, point.y);
    await eventually(() => page.locator('.card-active').count()).toBe(1);
    expect(await page.getByRole('region', { name: 'Selected annotation' }).count()).toBe(0);
  });
});
