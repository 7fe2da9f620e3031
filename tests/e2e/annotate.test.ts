import { describe, expect, it } from 'vitest';
import { VERDICTS } from '../../src/core/model/fact-check';
import { annotationItems, dragSelect, selectText, useBrowser } from './support/app';
import { card, editor, eventually, openEditor, paintedRanges, paintedTexts } from './support/reader';

const app = useBrowser();
const CLAIM = 'Since March, al-Nusra Front has recruited 3,000 new militants';
const SPEECH = 'Lavrov said in a televised speech on Friday';

describe('Highlight', () => {
  it('saves at once, paints exactly the selected passage and lists it in the Annotations panel', async () => {
    const { page, errors } = await app.open();
    await dragSelect(page, SPEECH);
    await page.getByRole('toolbar', { name: 'Annotate selection' }).getByRole('button', { name: 'Highlight' }).click();
    await eventually(() => paintedTexts(page)).toEqual([SPEECH]);
    const painted = await paintedRanges(page);
    expect(painted.find((r) => r.text === SPEECH)?.highlight).toBe('mg-highlight');
    const items = annotationItems(page);
    expect(await items.count()).toBe(1);
    expect(await items.first().locator('q').textContent()).toBe(SPEECH);
    expect(await page.getByRole('complementary', { name: 'Annotations' }).getByRole('list').count()).toBe(1);
    await page.getByRole('toolbar', { name: 'Annotate selection' }).waitFor({ state: 'detached' });
    await page.screenshot({ path: '/tmp/e2e-highlight.png' });
    expect(errors).toEqual([]);
  });
});

describe('The editor', () => {
  it('opens from Note with a Note box, the 8-verdict radio group, Tags, Source URL with Add source, Save and Cancel', async () => {
    const { page } = await app.open();
    const dialog = await openEditor(page, CLAIM, 'Note');
    expect(await dialog.getByRole('textbox', { name: 'Note' }).evaluate((el) => el.tagName)).toBe('TEXTAREA');
    // A note is the quick path: the cursor is already in the Note box.
    expect(await dialog.getByRole('textbox', { name: 'Note' }).evaluate((el) => el === document.activeElement)).toBe(true);
    const verdicts = dialog.getByRole('radiogroup', { name: 'Verdict' }).getByRole('radio');
    const labels = ['Accurate', 'Mostly accurate', 'Missing context', 'Misleading', 'False', 'Unverified', 'Opinion', 'Loaded language'];
    expect(VERDICTS.map((v) => v.label)).toEqual(labels);
    expect(await verdicts.count()).toBe(8);
    // In vocabulary order (keys 1-8 follow it): the i-th radio is the one named by the i-th label.
    for (const [i, label] of labels.entries()) {
      const named = dialog.getByRole('radio', { name: label, exact: true });
      expect(await named.count()).toBe(1);
      expect(await verdicts.nth(i).getAttribute('value')).toBe(await named.getAttribute('value'));
    }
    for (const name of ['Tags', 'Source URL']) expect(await dialog.getByRole('textbox', { name, exact: true }).isVisible()).toBe(true);
    for (const name of ['Add source', 'Save', 'Cancel']) expect(await dialog.getByRole('button', { name, exact: true }).isVisible()).toBe(true);
    // A new annotation has nothing to delete yet.
    expect(await dialog.getByRole('button', { name: 'Delete', exact: true }).count()).toBe(0);
    await page.screenshot({ path: '/tmp/e2e-editor.png' });
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await annotationItems(page).count()).toBe(0);
  });

  it('saves a fact-check and the card shows its quote, verdict label, note and tags', async () => {
    const { page } = await app.open();
    const dialog = await openEditor(page, CLAIM, 'Fact-check');
    await dialog.getByRole('textbox', { name: 'Note' }).fill('Attributed to an unnamed monitor; no primary source.');
    await dialog.getByRole('radio', { name: 'Unverified', exact: true }).check();
    await dialog.getByRole('textbox', { name: 'Tags' }).fill('figures, sourcing');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'detached' });

    const saved = card(page, CLAIM);
    await saved.waitFor();
    expect(await saved.locator('q').textContent()).toBe(CLAIM);
    expect(await saved.locator('.verdict-badge').innerText()).toContain('Unverified');
    expect(await saved.getByText('Attributed to an unnamed monitor; no primary source.').isVisible()).toBe(true);
    expect(await saved.locator('.tag').allTextContents()).toEqual(['figures', 'sourcing']);
    // The card's edge wears the verdict's colour (Unverified: #999999), as the passage does.
    expect(await saved.evaluate((el) => getComputedStyle(el).borderLeftColor)).toBe('rgb(153, 153, 153)');
    await eventually(() => paintedRanges(page)).toContainEqual({ highlight: 'mg-v-unverified', text: CLAIM, figcaption: -1 });
    await page.screenshot({ path: '/tmp/e2e-fact-check.png' });
  });

  it('asks for a verdict before saving a fact-check', async () => {
    const { page } = await app.open();
    await selectText(page, CLAIM);
    await page.keyboard.press('f');
    const dialog = editor(page);
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.getByRole('alert').filter({ hasText: 'Choose a verdict' }).waitFor();
    expect(await annotationItems(page).count()).toBe(0);
    await dialog.getByRole('radio', { name: 'Misleading', exact: true }).check();
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await card(page, CLAIM).locator('.verdict-badge').innerText()).toContain('Misleading');
  });

  it('refuses a javascript: source URL with a visible message, and saves nothing until it is fixed', async () => {
    const { page } = await app.open();
    const dialog = await openEditor(page, CLAIM, 'Note');
    await dialog.getByRole('textbox', { name: 'Note' }).fill('Check the monitor’s own report.');
    const url = dialog.getByRole('textbox', { name: 'Source URL' });
    await url.fill('javascript:alert(1)');
    await dialog.getByRole('button', { name: 'Add source' }).click();
    const refusal = dialog.locator('.field-error');
    await refusal.waitFor();
    expect((await refusal.innerText()).length).toBeGreaterThan(10);
    expect(await url.getAttribute('aria-invalid')).toBe('true');
    expect(await dialog.getByText('javascript:alert(1)', { exact: true }).count()).toBe(0);

    // Save with the bad link still typed: refused the same way, the dialog stays with the note.
    await dialog.getByRole('button', { name: 'Save' }).click();
    await refusal.waitFor();
    expect(await dialog.isVisible()).toBe(true);
    expect(await dialog.getByRole('textbox', { name: 'Note' }).inputValue()).toBe('Check the monitor’s own report.');
    expect(await annotationItems(page).count()).toBe(0);
    expect(await paintedTexts(page)).toEqual([]);

    await url.fill('https://www.syriahr.com/en/');
    await refusal.waitFor({ state: 'detached' });
    await dialog.getByRole('button', { name: 'Add source' }).click();
    await dialog.getByText('https://www.syriahr.com/en/', { exact: true }).waitFor();
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'detached' });
    const saved = card(page, CLAIM);
    await saved.waitFor();
    expect(await saved.getByRole('link').getAttribute('href')).toBe('https://www.syriahr.com/en/');
    expect(await saved.locator('a[href^="javascript:"]').count()).toBe(0);
  });
});
