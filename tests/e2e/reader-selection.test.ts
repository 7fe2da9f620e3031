import { describe, expect, it } from 'vitest';
import { sentenceSpans } from '../../src/core/anchoring/sentences';
import { shippedText } from '../support/shipped-article';
import { annotationItems, dragSelect, selectText, useBrowser } from './support/app';
import { editor, eventually } from './support/reader';

const app = useBrowser();
const TITLE = 'Washington Asked Moscow to Stop Attacking al Nusra Terrorists, [aka Moderate al Qaeda] in Syria';
const PASSAGE = 'The United States has asked Russia to stop conducting airstrikes';

describe('Opening the reader', () => {
  it('shows the shipped article in one <article> whose text is exactly what stored offsets count over', async () => {
    const { page } = await app.open();
    expect(await page.locator('article').count()).toBe(1);
    expect(await page.locator('article h1').textContent()).toBe(TITLE);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(TITLE);
    // Offsets of stored annotations count code points of this text; a single extra character
    // (a button label, a glyph) inside <article> would shift every one of them. shippedText is
    // core's articleText() of public/articles/press-tv-washington-asked-moscow-nusra.json.
    expect(await page.locator('article').evaluate((el) => el.textContent)).toBe(shippedText);
    expect(await page.locator('article').getByRole('button').count()).toBe(0);
    expect(await page.locator('article button').count()).toBe(0);
    await page.screenshot({ path: '/tmp/e2e-reader-open.png' });
  });
});

describe('Selecting a passage', () => {
  it('with a mouse drag shows the toolbar Annotate selection with Highlight, Note and Fact-check', async () => {
    const { page } = await app.open();
    await dragSelect(page, PASSAGE);
    expect(await page.evaluate(() => document.getSelection()?.toString())).toBe(PASSAGE);
    const toolbar = page.getByRole('toolbar', { name: 'Annotate selection' });
    expect(await toolbar.getByRole('button').allTextContents()).toEqual([' Highlight', '✎ Note', '✓ Fact-check']);
    for (const name of ['Highlight', 'Note', 'Fact-check']) expect(await toolbar.getByRole('button', { name, exact: true }).isVisible()).toBe(true);
    // The toolbar sits below the selection, never over the words being selected.
    const selection = await page.evaluate(() => {
      const r = document.getSelection()?.getRangeAt(0).getBoundingClientRect();
      return r ? { top: r.top, bottom: r.bottom } : null;
    });
    const box = await toolbar.boundingBox();
    expect(selection && box && box.y >= selection.bottom).toBe(true);
    await page.screenshot({ path: '/tmp/e2e-toolbar.png' });
  });

  it('h highlights the selected passage at once', async () => {
    const { page } = await app.open();
    await dragSelect(page, PASSAGE);
    await page.keyboard.press('h');
    await eventually(() => annotationItems(page).count()).toBe(1);
    expect(await annotationItems(page).first().locator('q').textContent()).toBe(PASSAGE);
    await page.getByRole('toolbar', { name: 'Annotate selection' }).waitFor({ state: 'detached' });
    expect(await editor(page).count()).toBe(0);
  });

  it('n and f open the editor on the selection; Escape closes it without saving', async () => {
    const { page } = await app.open();
    for (const key of ['n', 'f']) {
      await selectText(page, PASSAGE);
      await page.keyboard.press(key);
      await editor(page).waitFor();
      expect(await editor(page).locator('blockquote').textContent()).toBe(PASSAGE);
      await page.keyboard.press('Escape');
      await editor(page).waitFor({ state: 'detached' });
    }
    expect(await page.getByRole('toolbar', { name: 'Annotate selection' }).count()).toBe(0);
    expect(await annotationItems(page).count()).toBe(0);
    expect(await page.getByRole('complementary', { name: 'Annotations' }).textContent()).toContain('No annotations yet');
  });

  it('Escape closes the toolbar and drops the selection without saving', async () => {
    const { page } = await app.open();
    await dragSelect(page, PASSAGE);
    await page.keyboard.press('Escape');
    await page.getByRole('toolbar', { name: 'Annotate selection' }).waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.getSelection()?.isCollapsed ?? true)).toBe(true);
    expect(await annotationItems(page).count()).toBe(0);
  });

  it('works without a mouse: Tab into the article, j selects a sentence, Shift+J extends it, h highlights', async () => {
    const { page } = await app.open();
    for (let presses = 0; presses < 10 && !(await page.evaluate(() => document.activeElement?.tagName === 'ARTICLE')); presses++) {
      await page.keyboard.press('Tab');
    }
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('ARTICLE');
    const text = shippedText;
    const [title, first, second] = sentenceSpans(text);
    expect(title && text.slice(title.start, title.end)).toBe(TITLE);
    if (!first || !second) throw new Error('The article has fewer than three sentences.');
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    await page.getByRole('toolbar', { name: 'Annotate selection' }).waitFor();
    expect(await page.evaluate(() => document.getSelection()?.toString())).toBe(text.slice(first.start, first.end));
    await page.keyboard.press('Shift+J');
    const both = text.slice(first.start, second.end);
    await eventually(() => page.evaluate(() => document.getSelection()?.toString())).toBe(both);
    // The toolbar follows the grown selection down to its last line: only then is it the
    // selection the toolbar (and its keys) act on. A reader sees it move; keys sent by a
    // script can arrive before the browser has told the page the selection changed.
    const toolbar = page.getByRole('toolbar', { name: 'Annotate selection' });
    const selectionBottom = () => page.evaluate(() => document.getSelection()?.getRangeAt(0).getBoundingClientRect().bottom ?? Infinity);
    await eventually(async () => ((await toolbar.boundingBox())?.y ?? -1) >= (await selectionBottom())).toBe(true);
    await page.keyboard.press('h');
    await eventually(() => annotationItems(page).locator('q').allTextContents()).toEqual([both]);
  });
});
