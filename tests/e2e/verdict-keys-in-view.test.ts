import { describe, expect, it } from 'vitest';
import { useBrowser } from './support/app';
import { annotate, card, eventually, passagePoint } from './support/reader';

const app = useBrowser();
const CLAIM = 'The United States has asked Russia to stop conducting airstrikes';

describe('Verdict keys and where the reader is', () => {
  it('leave the verdict of an annotation scrolled out of sight as it is, and say so; in sight, a key sets it', async () => {
    const { page, errors } = await app.open();
    await annotate(page, CLAIM, { button: 'Fact-check', verdict: 'Accurate' });
    // Chosen in the text: the article has the focus, as when reading.
    const at = await passagePoint(page, CLAIM);
    await page.mouse.click(at.x, at.y);
    await eventually(() => card(page, CLAIM).getAttribute('aria-current')).toBe('true');

    // Read on, far below the claim; a digit typed there changes nothing.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await eventually(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(1500);
    await page.keyboard.press('5');
    await eventually(() => page.locator('[aria-live]').allTextContents()).toContainEqual(expect.stringContaining('out of sight'));
    expect(await card(page, CLAIM).locator('.verdict-badge').textContent()).toContain('Accurate');

    // Back at the claim, the same key sets its verdict.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.keyboard.press('5');
    await eventually(() => card(page, CLAIM).locator('.verdict-badge').textContent()).toContain('False');
    expect(errors).toEqual([]);
  });
});
