import { describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe';
import { annotationItems, selectText, useBrowser } from './support/app';
import { annotate, editor, eventually } from './support/reader';

const app = useBrowser();

describe('axe-core finds no violations', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`in the main states of the reader (${scheme} theme)`, async () => {
      const { page, context } = await app.open();
      await page.emulateMedia({ colorScheme: scheme });

      expect(await axeViolations(page), 'article').toEqual([]);

      await selectText(page, 'cessation of hostilities');
      expect(await axeViolations(page), 'toolbar open').toEqual([]);

      await page.getByRole('toolbar', { name: 'Annotate selection' }).getByRole('button', { name: 'Fact-check' }).click();
      await editor(page).waitFor();
      expect(await axeViolations(page), 'editor open').toEqual([]);
      await page.keyboard.press('Escape');

      await annotate(page, 'over 400,000 people have been killed', { button: 'Fact-check', verdict: 'Unverified', note: 'The UN envoy’s **estimate**, April 2016.', tags: 'figures' });
      await annotate(page, 'Daesh Takfiri terrorist group', { button: 'Fact-check', verdict: 'Loaded language' });
      await annotate(page, 'Aleppo', { note: 'Which parts?' });
      await eventually(() => annotationItems(page).count()).toBe(3);
      await annotationItems(page).first().getByRole('button').first().click();
      expect(await axeViolations(page), 'panel with annotations, one active').toEqual([]);

      await page.getByRole('button', { name: 'Scorecard' }).click();
      await page.getByRole('dialog', { name: 'Scorecard' }).or(page.getByRole('region', { name: 'Scorecard' })).first().waitFor();
      expect(await axeViolations(page), 'scorecard').toEqual([]);
      await page.keyboard.press('Escape');

      await page.locator('body').click({ position: { x: 5, y: 300 } });
      await page.keyboard.press('?');
      await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
      expect(await axeViolations(page), 'shortcuts dialog').toEqual([]);
      await context.close();
    });
  }

  it('on a phone-width screen with annotations', async () => {
    const { page, context } = await app.open({ width: 390, height: 844 });
    await annotate(page, 'Aleppo', { note: 'Which parts?' });
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
