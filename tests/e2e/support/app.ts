import { afterAll, beforeAll, inject } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './browser';

export interface AppHandle {
  browser: () => Browser;
  baseUrl: string;
  /** A fresh browser profile (empty IndexedDB) with a page open on the reader. */
  /** `errors` collects the page's uncaught exceptions, for tests to check there were none. */
  open: (options?: { width?: number; height?: number }) => Promise<{ context: BrowserContext; page: Page; errors: string[] }>;
}

/**
 * One Chromium per test file, launched before its tests and closed after. Each `open()` gets a
 * new context, so tests never share storage unless they open pages in the same context.
 */
export function useBrowser(): AppHandle {
  let browser: Browser | undefined;
  const baseUrl = inject('baseUrl');
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    browser: () => {
      if (!browser) throw new Error('The browser is not launched yet (use it inside a test).');
      return browser;
    },
    baseUrl,
    open: async ({ width = 1280, height = 900 } = {}) => {
      if (!browser) throw new Error('The browser is not launched yet (use it inside a test).');
      const context = await browser.newContext({ viewport: { width, height }, acceptDownloads: true });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(baseUrl);
      await page.locator('article[data-interactive] h1').waitFor();
      await settled(page);
      return { context, page, errors };
    },
  };
}

/**
 * Waits until the article's web fonts are in: until then a late font can reflow the text under
 * a pointer that was aimed at it, and a drag would select the wrong words.
 */
export async function settled(page: Page): Promise<void> {
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

/**
 * Selects `exact` inside the article as a reader would with the mouse, then waits for the
 * toolbar. `occurrence` picks which copy of a repeated passage (0 = first).
 */
export async function selectText(page: Page, exact: string, occurrence = 0): Promise<void> {
  const found = await page.evaluate(
    ({ exact, occurrence }) => {
      const article = document.querySelector('article');
      if (!article) return false;
      const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
      let seen = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = (node as Text).data;
        for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) {
          if (seen++ !== occurrence) continue;
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + exact.length);
          const selection = document.getSelection();
          selection?.removeAllRanges();
          selection?.addRange(range);
          return true;
        }
      }
      return false;
    },
    { exact, occurrence },
  );
  if (!found) throw new Error(`“${exact}” (occurrence ${occurrence}) is not in the article.`);
  await page.getByRole('toolbar', { name: 'Annotate selection' }).waitFor();
}

/** Drags the mouse across `exact` (first occurrence), as a real reader selects text. */
export async function dragSelect(page: Page, exact: string): Promise<void> {
  const box = await page.evaluate((exact) => {
    const article = document.querySelector('article');
    const walker = document.createTreeWalker(article as Node, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = (node as Text).data.indexOf(exact);
      if (at === -1) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + 1);
      const first = range.getBoundingClientRect();
      range.setStart(node, at + exact.length - 1);
      range.setEnd(node, at + exact.length);
      const last = range.getBoundingClientRect();
      return { x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 1, y2: last.top + last.height / 2 };
    }
    return null;
  }, exact);
  if (!box) throw new Error(`“${exact}” is not in the article.`);
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move(box.x2, box.y2, { steps: 8 });
  await page.mouse.up();
  await page.getByRole('toolbar', { name: 'Annotate selection' }).waitFor();
}

/** The annotations panel's list items. */
export function annotationItems(page: Page) {
  return page.getByRole('complementary', { name: 'Annotations' }).getByRole('listitem');
}
