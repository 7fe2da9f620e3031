import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { sentenceSpans } from '../../src/core/anchoring/sentences';
import { VERDICTS } from '../../src/core/model/fact-check';
import { SHORTCUTS, type ShortcutId } from '../../src/ui/shell/shortcuts';
import { shippedText } from '../support/shipped-article';
import { annotationItems, selectText, useBrowser } from './support/app';
import { editor, eventually, highlight } from './support/reader';

const app = useBrowser();
const PASSAGE = 'The United States has asked Russia to stop conducting airstrikes';
const SECOND = 'Lavrov said in a televised speech';
const THIRD = '3,000 new militants';
const toolbar = (page: Page) => page.getByRole('toolbar', { name: 'Annotate selection' });
/** The selected text, white space collapsed (the DOM's line breaks between blocks are not the text's). */
const selectionText = async (page: Page) => flat(await page.evaluate(() => document.getSelection()?.toString() ?? ''));
const flat = (text: string) => text.replace(/\s+/g, ' ').trim();
const activeQuote = (page: Page) => annotationItems(page).and(page.locator('[aria-current="true"]')).locator('q').textContent();

/** A registry combination as Playwright presses it: `Mod+z` and `Ctrl+z` are `Control+z`, `Shift+j` is `Shift+J`. */
function press(combo: string): string {
  const parts = combo.split('+');
  const key = parts.pop() ?? '';
  const mods = parts.map((m) => (m === 'Mod' || m === 'Ctrl' ? 'Control' : m));
  return [...mods, mods.includes('Shift') && /^[a-z]$/.test(key) ? key.toUpperCase() : key].join('+');
}

async function focusArticle(page: Page): Promise<void> {
  for (let presses = 0; presses < 20 && !(await page.evaluate(() => document.activeElement?.tagName === 'ARTICLE')); presses++) await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('ARTICLE');
}

const [title, first, second] = sentenceSpans(shippedText);
if (!title || !first || !second) throw new Error('The article has fewer than three sentences.');
const sentence = (s: { start: number; end: number }) => flat(shippedText.slice(s.start, s.end));

describe('Every shortcut of the registry', () => {
  it('does what the Keyboard shortcuts dialog says, walked in one session', async () => {
    const { page, errors } = await app.open();
    const walked: ShortcutId[] = [];
    const walk = async (id: ShortcutId, run: () => Promise<void>) => {
      walked.push(id);
      await run();
    };

    await walk('help', async () => {
      await page.keyboard.press('?');
      const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
      await dialog.waitFor();
      for (const s of SHORTCUTS) expect(await dialog.textContent()).toContain(s.label);
    });
    await walk('close-dialog', async () => {
      await page.keyboard.press('Escape');
      await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor({ state: 'detached' });
    });
    await focusArticle(page);
    await walk('next-sentence', async () => {
      await page.keyboard.press('j');
      await eventually(() => selectionText(page)).toBe(sentence(title));
      await page.keyboard.press('j');
      await eventually(() => selectionText(page)).toBe(sentence(first));
    });
    await walk('previous-sentence', async () => {
      await page.keyboard.press('j');
      await eventually(() => selectionText(page)).toBe(sentence(second));
      await page.keyboard.press('k');
      await eventually(() => selectionText(page)).toBe(sentence(first));
    });
    await walk('extend-next-sentence', async () => {
      await page.keyboard.press('Shift+J');
      await eventually(() => selectionText(page)).toBe(flat(shippedText.slice(first.start, second.end)));
    });
    await walk('extend-previous-sentence', async () => {
      await page.keyboard.press('Shift+K');
      await eventually(() => selectionText(page)).toBe(flat(shippedText.slice(title.start, second.end)));
    });
    await walk('dismiss-selection', async () => {
      await toolbar(page).waitFor();
      await page.keyboard.press('Escape');
      await toolbar(page).waitFor({ state: 'detached' });
      expect(await selectionText(page)).toBe('');
    });
    await walk('highlight', async () => {
      await selectText(page, PASSAGE);
      await page.keyboard.press('h');
      await eventually(() => annotationItems(page).locator('q').allTextContents()).toEqual([PASSAGE]);
    });
    await walk('note', async () => {
      await selectText(page, SECOND);
      await page.keyboard.press('n');
      await editor(page).waitFor();
      await editor(page).getByRole('textbox', { name: 'Note' }).fill('Saved with Ctrl+Enter');
    });
    await walk('save-editor', async () => {
      await page.keyboard.press('Control+Enter');
      await editor(page).waitFor({ state: 'detached' });
      await eventually(() => annotationItems(page).count()).toBe(2);
      expect(await annotationItems(page).filter({ hasText: SECOND }).textContent()).toContain('Saved with Ctrl+Enter');
    });
    await walk('fact-check', async () => {
      await selectText(page, THIRD);
      await page.keyboard.press('f');
      await editor(page).waitFor();
      expect(await editor(page).getByRole('radiogroup', { name: 'Verdict' }).count()).toBe(1);
      await page.keyboard.press('Escape');
      await editor(page).waitFor({ state: 'detached' });
      expect(await annotationItems(page).count()).toBe(2);
    });
    // The note just saved is the active annotation, the last in the text.
    await walk('previous-annotation', async () => {
      await eventually(() => activeQuote(page)).toBe(SECOND);
      await page.keyboard.press('[');
      await eventually(() => activeQuote(page)).toBe(PASSAGE);
    });
    await walk('next-annotation', async () => {
      await page.keyboard.press(']');
      await eventually(() => activeQuote(page)).toBe(SECOND);
      await page.keyboard.press('[');
      await eventually(() => activeQuote(page)).toBe(PASSAGE);
    });
    await walk('set-verdict', async () => {
      const card = annotationItems(page).filter({ hasText: PASSAGE });
      for (const [i, verdict] of VERDICTS.entries()) {
        await page.keyboard.press(String(i + 1));
        await eventually(() => card.locator('.verdict-badge').textContent()).toContain(verdict.label);
        // Saved (the announcement follows the write), so the undo history has it in order.
        await eventually(() => page.getByTestId('announcer').textContent()).toContain(`Verdict set to ${verdict.label}`);
      }
    });
    await walk('undo', async () => {
      await page.keyboard.press('Control+z');
      await eventually(() => annotationItems(page).filter({ hasText: PASSAGE }).locator('.verdict-badge').textContent()).toContain(VERDICTS[VERDICTS.length - 2]?.label);
    });
    await walk('redo', async () => {
      const badge = () => annotationItems(page).filter({ hasText: PASSAGE }).locator('.verdict-badge').textContent();
      await page.keyboard.press('Control+Shift+Z');
      await eventually(badge).toContain(VERDICTS[VERDICTS.length - 1]?.label);
      await page.keyboard.press('Control+z');
      await eventually(badge).toContain(VERDICTS[VERDICTS.length - 2]?.label);
      await page.keyboard.press('Control+y');
      await eventually(badge).toContain(VERDICTS[VERDICTS.length - 1]?.label);
    });
    await walk('open-article', async () => {
      await page.getByRole('button', { name: 'Open article' }).click();
      const dialog = page.getByRole('dialog', { name: 'Open article' });
      await dialog.getByRole('textbox', { name: 'Article text' }).fill('A pasted article\n\nIts only paragraph, opened with Ctrl+Enter.');
      await page.keyboard.press('Control+Enter');
      await eventually(() => page.locator('article h1').textContent()).toBe('A pasted article');
    });
    await walk('search-library', async () => {
      await page.getByRole('button', { name: 'Library' }).click();
      await page.getByRole('searchbox', { name: 'Search articles and annotations' }).waitFor();
      await page.locator('body').click({ position: { x: 5, y: 300 } });
      await page.keyboard.press('/');
      await eventually(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Search articles and annotations');
    });

    expect([...walked].sort()).toEqual(SHORTCUTS.map((s) => s.id).sort());
    expect(errors).toEqual([]);
  });

  for (const dialogName of ['Keyboard shortcuts', 'Scorecard'] as const) {
    it(`lets no page key act behind the open ${dialogName} dialog`, async () => {
      const { page } = await app.open();
      await highlight(page, PASSAGE);
      await annotationItems(page).first().getByRole('button', { name: new RegExp(PASSAGE.slice(0, 20)) }).click();
      await selectText(page, SECOND);
      await page.getByRole('button', { name: dialogName, exact: true }).click();
      const dialog = page.getByRole('dialog', { name: dialogName });
      await dialog.waitFor();
      const before = { selection: await selectionText(page), cards: await annotationItems(page).allTextContents() };
      for (const s of SHORTCUTS.filter((s) => s.scope === 'page')) {
        for (const combo of s.keys) if (combo !== 'Escape') await page.keyboard.press(press(combo));
      }
      expect(await dialog.isVisible()).toBe(true);
      expect(await editor(page).count()).toBe(0);
      expect(await selectionText(page)).toBe(before.selection);
      expect(await annotationItems(page).allTextContents()).toEqual(before.cards);
      // Closed, the same keys act again.
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
      await page.keyboard.press('2');
      await eventually(() => annotationItems(page).first().locator('.verdict-badge').textContent()).toContain(VERDICTS[1]?.label);
    });
  }

  it('highlights with `j h` sent with no pause after a reload that follows another action', async () => {
    const { page } = await app.open();
    await highlight(page, THIRD);
    await page.reload();
    await page.locator('article[data-interactive] h1').waitFor();
    await eventually(() => annotationItems(page).count()).toBe(1);
    await focusArticle(page);
    await page.keyboard.type('jjh');
    await eventually(() => annotationItems(page).locator('q').allTextContents()).toContain(shippedText.slice(first.start, first.end));
    expect(await annotationItems(page).count()).toBe(2);
  });
});
