import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { annotationItems, selectText } from './app';

/**
 * Waits until `read()` settles on what `check` expects. The limit only bounds a broken run on a
 * busy machine; no test asserts how long anything takes.
 */
export function eventually<T>(read: () => Promise<T> | T) {
  return expect.poll(read, { timeout: 15_000, interval: 50 });
}

/** One painted range as the page's CSS Custom Highlight registry holds it. */
export interface PaintedRange {
  /** The registered highlight's name, e.g. `mg-highlight`, `mg-v-false`, `mg-active`. */
  highlight: string;
  /** The range's text (`Range.toString()`). */
  text: string;
  /** Index of the `<figcaption>` holding the range, or -1 when it is not inside one. */
  figcaption: number;
}

/** Every range painted through `CSS.highlights`, by highlight name. */
export function paintedRanges(page: Page): Promise<PaintedRange[]> {
  return page.evaluate(() => {
    const captions = Array.from(document.querySelectorAll('article figcaption'));
    const out: { highlight: string; text: string; figcaption: number }[] = [];
    const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    for (const [name, highlight] of registry) {
      for (const range of highlight) {
        const start = range.startContainer;
        out.push({ highlight: name, text: range.toString(), figcaption: captions.findIndex((c) => c.contains(start)) });
      }
    }
    return out;
  });
}

/** The texts painted by annotations' own styles (the `mg-active` overlay left out), sorted. */
export async function paintedTexts(page: Page): Promise<string[]> {
  return (await paintedRanges(page))
    .filter((r) => r.highlight !== 'mg-active')
    .map((r) => r.text)
    .sort();
}

/** The panel's card for the annotation quoting `quote`. */
export function card(page: Page, quote: string) {
  return annotationItems(page).filter({ has: page.locator('q', { hasText: quote }) });
}

/** Selects `quote` and presses the toolbar's Highlight button; waits for its card. */
export async function highlight(page: Page, quote: string, occurrence = 0): Promise<void> {
  const before = await annotationItems(page).count();
  await selectText(page, quote, occurrence);
  await page.getByRole('toolbar', { name: 'Annotate selection' }).getByRole('button', { name: 'Highlight' }).click();
  await eventually(() => annotationItems(page).count()).toBe(before + 1);
}

/** The editor dialog. */
export function editor(page: Page) {
  return page.getByRole('dialog', { name: 'Edit annotation' });
}

/** Selects `quote` and opens the editor with the toolbar's `button`; resolves to the dialog. */
export async function openEditor(page: Page, quote: string, button: 'Note' | 'Fact-check' = 'Note') {
  await selectText(page, quote);
  await page.getByRole('toolbar', { name: 'Annotate selection' }).getByRole('button', { name: button, exact: true }).click();
  const dialog = editor(page);
  await dialog.waitFor();
  return dialog;
}

/**
 * Selects `quote`, opens the editor with `button` (`Note` or `Fact-check`), fills what is given
 * and saves; waits for the dialog to close.
 */
export async function annotate(
  page: Page,
  quote: string,
  content: { button?: 'Note' | 'Fact-check'; note?: string; verdict?: string; tags?: string } = {},
): Promise<void> {
  const dialog = await openEditor(page, quote, content.button);
  if (content.note !== undefined) await dialog.getByRole('textbox', { name: 'Note' }).fill(content.note);
  if (content.verdict !== undefined) await dialog.getByRole('radio', { name: content.verdict, exact: true }).check();
  if (content.tags !== undefined) await dialog.getByRole('textbox', { name: 'Tags' }).fill(content.tags);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await dialog.waitFor({ state: 'detached' });
}

/**
 * Where a passage is on screen: the centre of the character at `at` (a fraction of the passage,
 * 0.5 = its middle), after scrolling it into view.
 */
export async function passagePoint(page: Page, quote: string, at = 0.5, occurrence = 0): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(
    ({ quote, at, occurrence }) => {
      const article = document.querySelector('article');
      if (!article) return null;
      const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
      let seen = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = (node as Text).data;
        for (let found = text.indexOf(quote); found !== -1; found = text.indexOf(quote, found + 1)) {
          if (seen++ !== occurrence) continue;
          const offset = found + Math.min(quote.length - 1, Math.floor(quote.length * at));
          const range = document.createRange();
          range.setStart(node, offset);
          range.setEnd(node, offset + 1);
          (node.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
          const rect = range.getBoundingClientRect();
          return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
        }
      }
      return null;
    },
    { quote, at, occurrence },
  );
  if (!point) throw new Error(`“${quote}” is not in the article.`);
  return point;
}
