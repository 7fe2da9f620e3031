import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { useBrowser } from './support/app';
import { annotate, card, eventually } from './support/reader';

const app = useBrowser();
const QUOTE = 'Staffan de Mistura, over 400,000 people have been killed';

/** Where the passage quoting `quote` is, in viewport coordinates (its first line). */
function passageTop(page: Page, quote: string): Promise<number> {
  return page.evaluate((quote) => {
    const walker = document.createTreeWalker(document.querySelector('article') as Element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = (node as Text).data.indexOf(quote);
      if (at === -1) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + quote.length);
      return range.getBoundingClientRect().top;
    }
    throw new Error(`not found: ${quote}`);
  }, quote);
}

/** True when the element lies wholly inside the viewport. */
function inView(page: Page, locator: Locator): Promise<boolean> {
  return locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= window.innerHeight && r.height > 0;
  });
}

/** Lands on the address, and checks the passage is on screen, its card active and in view. */
async function expectLanded(page: Page, quote = QUOTE): Promise<void> {
  const height = page.viewportSize()?.height ?? 0;
  await eventually(async () => {
    const top = await passageTop(page, quote);
    return top > 40 && top < height - 40;
  }).toBe(true);
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(500);
  const item = card(page, quote);
  await eventually(() => item.getAttribute('aria-current')).toBe('true');
  await eventually(() => inView(page, item.locator('.card-quote'))).toBe(true);
}

describe('An address naming an annotation', () => {
  it('lands on it from a library search hit and on a reload: passage on screen, card active and in view', async () => {
    const { page, errors } = await app.open();
    await annotate(page, QUOTE, { note: 'The envoy’s **estimate**, not a count.' });
    await page.evaluate(() => window.scrollTo(0, 0));

    await page.getByRole('button', { name: 'Library' }).click();
    await page.getByRole('searchbox', { name: 'Search articles and annotations' }).fill('de Mistura');
    const hit = page.getByRole('link', { name: QUOTE });
    // The result shows the note's words, not its Markdown.
    await eventually(() => page.locator('.result-note').first().innerText()).toBe('The envoy’s estimate, not a count.');
    await hit.click();
    await eventually(() => page.url()).toContain('?annotation=');
    await page.locator('article[data-interactive] h1').waitFor();
    await expectLanded(page);

    // A reload (or a bookmark, or a shared link) of that address lands the same way.
    await page.reload();
    await page.locator('article[data-interactive] h1').waitFor();
    await expectLanded(page);

    // The same address opened in a fresh tab on a slow device (a phone's CPU), where the
    // annotations, the anchoring and the fonts arrive one after another.
    const address = page.url();
    const other = await page.context().newPage();
    const cdp = await page.context().newCDPSession(other);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
    await other.goto(address);
    await expectLanded(other);
    expect(errors).toEqual([]);
  });
});

describe('An address naming an annotation on an article of your own', () => {
  it('lands on it after a reload, though that article is not in the built page and is anchored later', async () => {
    const { page } = await app.open();
    const filler = Array.from({ length: 40 }, (_, i) => `Paragraph ${i + 1} says nothing that matters to the vote, at some length, to push the rest down.`);
    const text = ['The council votes on the bridge', ...filler, 'Late in the evening the council voted 7 to 2 to fund the bridge.'].join('\n\n');
    await page.getByRole('button', { name: 'Open article', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Open article' });
    await dialog.getByRole('textbox', { name: 'Article text' }).fill(text);
    await dialog.getByRole('button', { name: 'Open', exact: true }).click();
    await page.locator('article h1', { hasText: 'The council votes on the bridge' }).waitFor();
    await annotate(page, 'voted 7 to 2', { note: 'The minutes say 6 to 3.' });
    const id = await card(page, 'voted 7 to 2').getAttribute('data-annotation-id');
    const address = `${page.url().split('?')[0]}?annotation=${encodeURIComponent(id ?? '')}`;
    const other = await page.context().newPage();
    const cdp = await page.context().newCDPSession(other);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
    await other.goto(address);
    await expectLanded(other, 'voted 7 to 2');
  });
});
