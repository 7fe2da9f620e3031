import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { checkCollection } from '../support/wpt-validator';
import { annotationItems, useBrowser } from './support/app';
import { annotate, eventually } from './support/reader';

const app = useBrowser();

/** Presses Tab until `matches` holds for the focused element (at most `limit` presses). */
async function tabTo(page: Page, matches: string, limit = 30): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, matches)) return;
  }
  throw new Error(`Tab never reached ${matches}`);
}

describe('The whole path with the keyboard alone', () => {
  it('selects a sentence, fact-checks it, saves, walks the annotations and exports, without a mouse', async () => {
    const { page, errors } = await app.open();
    await tabTo(page, 'article');
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    await page.getByRole('toolbar', { name: 'Annotate selection' }).waitFor();
    const sentence = await page.evaluate(() => document.getSelection()?.toString() ?? '');
    expect(sentence.length).toBeGreaterThan(20);

    await page.keyboard.press('f');
    const dialog = page.getByRole('dialog', { name: 'Edit annotation' });
    await dialog.waitFor();
    // Focus starts on the verdict group; arrow keys move between the radios. (Under load the
    // editor's code may still be arriving: its stand-in has the focus and hands it over.)
    await eventually(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type)).toBe('radio');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Space');
    const chosen = await dialog.getByRole('radio', { checked: true }).getAttribute('value');
    expect(chosen).toBeTruthy();
    await tabTo(page, 'textarea');
    await page.keyboard.type('Checked against the ministry transcript.');
    await tabTo(page, 'button[type="submit"]');
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await eventually(() => annotationItems(page).count()).toBe(1);
    expect(await annotationItems(page).first().textContent()).toContain('Checked against the ministry transcript.');

    // Focus went back into the article; ] reaches the annotation and marks its card active.
    await page.keyboard.press(']');
    await eventually(() => annotationItems(page).first().getAttribute('aria-current')).toBe('true');

    await page.keyboard.press('Shift+Tab');
    await tabTo(page, 'button[aria-haspopup="menu"]');
    await page.keyboard.press('Enter');
    await page.getByRole('menu', { name: 'Export' }).waitFor();
    const downloading = page.waitForEvent('download');
    await page.keyboard.press('Enter');
    const exported = JSON.parse(await readFile(await (await downloading).path(), 'utf8'));
    expect(checkCollection(exported)).toEqual([]);
    expect(exported.total).toBe(1);
    expect(exported.first.items[0].target.selector[0].exact).toBe(sentence.trim());
    expect(errors).toEqual([]);
  });
});

describe('Display settings', () => {
  it('reflows without loss at 320 px and at 200% zoom (no sideways scrolling, panel below the text)', async () => {
    // Browser zoom shrinks the CSS viewport: a 1280x900 window at 200% is 640x450 CSS px drawn at
    // twice the density, and at 400% it is 320 px wide, the WCAG reflow case.
    for (const [width, height, scale] of [
      [320, 640, 1],
      [640, 450, 2],
      [320, 225, 4],
    ] as const) {
      const context = await app.browser().newContext({ viewport: { width, height }, deviceScaleFactor: scale });
      const page = await context.newPage();
      await page.goto(app.baseUrl);
      await page.locator('article[data-interactive] h1').waitFor();
      await annotate(page, 'Aleppo', { note: 'Which parts of the city?' });
      const layout = await page.evaluate(() => {
        const article = document.querySelector('article')?.getBoundingClientRect();
        const panel = document.querySelector('aside')?.getBoundingClientRect();
        return {
          sideways: document.documentElement.scrollWidth > document.documentElement.clientWidth + 1,
          panelBelow: !!article && !!panel && panel.top >= article.bottom - 1,
        };
      });
      expect(layout, `${width}x${height} CSS px at ${scale}x`).toEqual({ sideways: false, panelBelow: true });
      expect(await annotationItems(page).first().textContent()).toContain('Which parts of the city?');
      await context.close();
    }
  });

  it('keeps passages visible in forced-colours (high contrast) mode and with reduced motion', async () => {
    const { page, context } = await app.open();
    await page.emulateMedia({ forcedColors: 'active', reducedMotion: 'reduce' });
    await annotate(page, 'Aleppo', { button: 'Fact-check', verdict: 'False' });
    const painted = await page.evaluate(() => {
      const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
      return Array.from(registry.keys());
    });
    expect(painted).toContain('mg-v-false');
    const badge = await annotationItems(page).first().locator('.verdict-badge').evaluate((el) => {
      const style = getComputedStyle(el);
      return { border: style.borderTopStyle, text: el.textContent };
    });
    // In forced colours, colour is gone: the badge keeps its border, glyph and label.
    expect(badge.border).not.toBe('none');
    expect(badge.text).toContain('✗');
    expect(badge.text).toContain('False');
    await context.close();
  });
});
