import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from './support/app';

const app = useBrowser();

/** The dialog's box, its title's and the backdrop's, in viewport coordinates. */
async function boxes(page: Page, name: string) {
  const dialog = page.getByRole('dialog', { name });
  await dialog.waitFor();
  return page.evaluate((name) => {
    const el = Array.from(document.querySelectorAll('[role="dialog"]')).find((d) => d.querySelector('.dialog-title')?.textContent === name) as HTMLElement;
    const rect = (e: Element | null) => (e ? e.getBoundingClientRect().toJSON() : null);
    return { dialog: rect(el), title: rect(el.querySelector('.dialog-title')), backdrop: rect(el.closest('.dialog-backdrop')) };
  }, name);
}

const opens: Array<[string, (page: Page) => Promise<void>]> = [
  [
    'Publishing details',
    async (page) => {
      await page.getByRole('button', { name: 'Export' }).click();
      await page.getByRole('menuitem', { name: 'Publishing details…' }).click();
    },
  ],
  ['Keyboard shortcuts', (page) => page.getByRole('button', { name: 'Keyboard shortcuts' }).click()],
  ['Sync', (page) => page.getByRole('button', { name: 'Sync', exact: true }).click()],
];

describe('Dialogs opened from the top bar', () => {
  for (const size of [{ width: 1280, height: 900 }, { width: 390, height: 844 }]) {
    for (const [name, open] of opens) {
      it(`${name} at ${size.width} px: starts on screen with its title in view, over a backdrop covering the page`, async () => {
        const { page, errors } = await app.open(size);
        await open(page);
        const { dialog, title, backdrop } = await boxes(page, name);
        expect(dialog && title && backdrop).toBeTruthy();
        if (!dialog || !title || !backdrop) return;
        expect(title.top).toBeGreaterThanOrEqual(0);
        expect(dialog.left).toBeGreaterThanOrEqual(0);
        expect(dialog.right).toBeLessThanOrEqual(size.width);
        expect(backdrop.height).toBeGreaterThanOrEqual(size.height - 1);
        expect(backdrop.width).toBeGreaterThanOrEqual(size.width - 1);
        expect(errors).toEqual([]);
      });
    }
  }

  it('lists the shortcuts with no keys printed over their words, wide and narrow', async () => {
    for (const size of [{ width: 1280, height: 900 }, { width: 390, height: 844 }]) {
      const { page, context } = await app.open(size);
      await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
      await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
      const overlaps = await page.evaluate(() =>
        Array.from(document.querySelectorAll('.shortcut-row')).flatMap((row) => {
          const keys = row.querySelector('dt')?.getBoundingClientRect();
          const words = row.querySelector('dd')?.getBoundingClientRect();
          const dialog = row.closest('[role="dialog"]')?.getBoundingClientRect();
          if (!keys || !words || !dialog) return ['missing'];
          const kbds = Array.from(row.querySelectorAll('kbd')).map((k) => k.getBoundingClientRect());
          const crossing = kbds.some((k) => k.right > dialog.right || (k.right > words.left && k.left < words.right && k.bottom > words.top && k.top < words.bottom));
          return crossing ? [row.textContent ?? ''] : [];
        }),
      );
      expect(overlaps).toEqual([]);
      await context.close();
    }
  });
});
