import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { checkCollection } from '../support/wpt-validator';
import { annotationItems, useBrowser } from './support/app';
import { annotate, card, eventually, highlight, openEditor, paintedTexts } from './support/reader';

const app = useBrowser();
const HIGHLIGHT = 'Russian Foreign Minister Sergey Lavrov';
const NOTE = 'Lavrov said in a televised speech on Friday';
const CLAIM = 'Since March, al-Nusra Front has recruited 3,000 new militants';
const SOURCE = 'https://www.syriahr.com/en/';

/** Export > W3C JSON-LD; resolves to where the download was saved and its text. */
async function exportW3C(page: Page): Promise<{ path: string; text: string }> {
  await page.getByRole('button', { name: 'Export' }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: 'W3C JSON-LD' }).click();
  const path = await (await downloading).path();
  return { path, text: await readFile(path, 'utf8') };
}

/** The parts of an export that must survive a round trip: every annotation, without the export time. */
function annotationsOf(text: string): unknown[] {
  const collection = JSON.parse(text) as { first?: { items: unknown[] } };
  return collection.first?.items ?? [];
}

describe('Export from one browser profile, import into a fresh one', () => {
  it('brings back every annotation (ids, targets, bodies, dates): previewed, listed, painted, and exported the same', async () => {
    const source = await app.open();
    await highlight(source.page, HIGHLIGHT);
    await annotate(source.page, NOTE, { note: 'Which speech? Find the *transcript*.', tags: 'sourcing' });
    const dialog = await openEditor(source.page, CLAIM, 'Fact-check');
    await dialog.getByRole('radio', { name: 'Unverified', exact: true }).check();
    await dialog.getByRole('textbox', { name: 'Note' }).fill('Attributed to an unnamed monitor.');
    await dialog.getByRole('textbox', { name: 'Source URL' }).fill(SOURCE);
    await dialog.getByRole('button', { name: 'Add source' }).click();
    await dialog.getByRole('textbox', { name: 'Tags' }).fill('figures, sourcing');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'detached' });
    await eventually(() => annotationItems(source.page).count()).toBe(3);
    const first = await exportW3C(source.page);
    expect(checkCollection(JSON.parse(first.text))).toEqual([]);

    // A new context is a new, empty browser profile.
    const target = await app.open();
    expect(await annotationItems(target.page).count()).toBe(0);
    await target.page.getByLabel('Import annotations').setInputFiles(first.path);
    const preview = target.page.getByRole('dialog', { name: 'Import preview' });
    await preview.waitFor();
    const counts = preview.getByRole('list', { name: 'What the import will do' }).locator(':scope > li');
    expect(await counts.allTextContents()).toEqual([
      '3 new annotations',
      '0 updates of annotations stored here (the file’s version is newer)',
      '0 skipped',
      '0 for another article: kept, and shown when that article is open',
    ]);
    await target.page.screenshot({ path: '/tmp/e2e-import-preview.png' });
    await preview.getByRole('button', { name: 'Import' }).click();
    await preview.waitFor({ state: 'detached' });
    await eventually(() => annotationItems(target.page).count()).toBe(3);
    expect(await target.page.getByRole('status').filter({ hasText: 'Imported' }).textContent()).toContain('Imported 3 annotations.');
    expect(await card(target.page, CLAIM).getByRole('link', { name: /syriahr/ }).getAttribute('href')).toBe(SOURCE);
    await eventually(() => paintedTexts(target.page)).toEqual([CLAIM, NOTE, HIGHLIGHT].sort());
    expect(await paintedTexts(target.page)).toEqual(await paintedTexts(source.page));

    const second = await exportW3C(target.page);
    expect(annotationsOf(second.text)).toEqual(annotationsOf(first.text));
    expect(second.text.replace(/"generated": "[^"]*"/, '')).toBe(first.text.replace(/"generated": "[^"]*"/, ''));
    expect(source.errors).toEqual([]);
    expect(target.errors).toEqual([]);
  });
});

describe('A hostile file in the browser', () => {
  it('shows an alert naming the problem and leaves the list unchanged', async () => {
    const { page, errors } = await app.open();
    await highlight(page, HIGHLIGHT);
    const note = JSON.stringify([
      {
        type: 'Annotation',
        id: 'urn:x:hostile',
        target: { source: 'urn:marginalia:article:press-tv-washington-asked-moscow-nusra', selector: { type: 'TextQuoteSelector', exact: 'Syria' } },
        body: [{ type: 'SpecificResource', purpose: 'linking', source: 'javascript:alert(document.cookie)' }],
      },
    ]);
    await page.getByLabel('Import annotations').setInputFiles({ name: 'hostile.json', mimeType: 'application/json', buffer: Buffer.from(note) });
    const alert = page.getByRole('alert');
    await alert.getByText('“hostile.json” was not imported.', { exact: false }).waitFor();
    expect(await alert.textContent()).toMatch(/Annotation 1 \(id “urn:x:hostile”\): “body\[0\]\.source” links to “javascript:alert\(document\.cookie\)”.*“javascript:” links are refused/);
    expect(await page.getByRole('dialog', { name: 'Import preview' }).count()).toBe(0);
    expect(await annotationItems(page).count()).toBe(1);
    await page.getByLabel('Import annotations').setInputFiles({ name: 'page.json', mimeType: 'application/json', buffer: Buffer.from('<!doctype html>\n<p>Not found</p>') });
    await alert.getByText('The file is not valid JSON at line 1, column 1', { exact: false }).waitFor();
    expect(await annotationItems(page).count()).toBe(1);
    expect(errors).toEqual([]);
  });
});
