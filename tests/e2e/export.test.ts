import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { articleSlug } from '../../src/core/model/article';
import { shippedArticle as article, shippedText as text } from '../support/shipped-article';
import { checkAnnotationMusts, checkCollection, checkPageMusts } from '../support/wpt-validator';
import { annotationItems, useBrowser } from './support/app';
import { annotate, editor, highlight, openEditor } from './support/reader';

const app = useBrowser();
const FIRST = 'The United States has asked Russia to stop conducting airstrikes';
const CLAIM = 'Since March, al-Nusra Front has recruited 3,000 new militants';
const SECOND_CAPTION = 'Foreign Minister Sergey Lavrov of Russia answers journalists';

/** Export > W3C JSON-LD, as a reader does it; resolves to the file's name and parsed content. */
async function exportW3C(page: Page): Promise<{ name: string; json: Record<string, unknown> }> {
  await page.getByRole('button', { name: 'Export' }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: 'W3C JSON-LD' }).click();
  const download = await downloading;
  const path = await download.path();
  return { name: download.suggestedFilename(), json: JSON.parse(await readFile(path, 'utf8')) };
}

interface ExportedAnnotation {
  id: string;
  motivation: string;
  body?: { purpose: string; value?: string; source?: string }[];
  target: { source: string; selector: { type: string; exact?: string; start?: number; end?: number }[] };
}

describe('Export > W3C JSON-LD', () => {
  it('downloads a .jsonld file named after the article holding every annotation, at offsets valid in the article text', async () => {
    const { page } = await app.open();
    await highlight(page, FIRST);
    const dialog = await openEditor(page, CLAIM, 'Fact-check');
    await dialog.getByRole('radio', { name: 'Unverified', exact: true }).check();
    await dialog.getByRole('textbox', { name: 'Note' }).fill('No primary source.');
    await dialog.getByRole('textbox', { name: 'Tags' }).fill('figures');
    await dialog.getByRole('textbox', { name: 'Source URL' }).fill('https://www.syriahr.com/en/');
    await dialog.getByRole('button', { name: 'Add source' }).click();
    await dialog.getByRole('button', { name: 'Save' }).click();
    await editor(page).waitFor({ state: 'detached' });
    await highlight(page, SECOND_CAPTION, 1);
    await annotate(page, 'Lavrov said in a televised speech on Friday', { note: 'State television.' });
    expect(await annotationItems(page).count()).toBe(4);

    const { name, json } = await exportW3C(page);
    expect(name.endsWith('.jsonld')).toBe(true);
    expect(name).toContain(articleSlug(article));

    expect(json.type).toBe('AnnotationCollection');
    expect(json.total).toBe(4);
    const items = (json.first as { items: ExportedAnnotation[] }).items;
    const listed = await annotationItems(page).locator('q').allTextContents();
    const quote = (a: ExportedAnnotation) => a.target.selector.find((s) => s.type === 'TextQuoteSelector')?.exact;
    expect(items.map(quote).sort()).toEqual([...listed].sort());

    // Each TextPositionSelector counts code points of the article's text and lands on its quote;
    // the caption's second copy is exported at the second copy's offset.
    const codePoints = Array.from(text);
    for (const item of items) {
      expect(item.target.source).toBe(article.iri);
      const position = item.target.selector.find((s) => s.type === 'TextPositionSelector');
      expect(codePoints.slice(position?.start, position?.end).join('')).toBe(quote(item));
    }
    const caption = items.find((a) => quote(a) === SECOND_CAPTION);
    expect(caption?.target.selector.find((s) => s.type === 'TextPositionSelector')?.start).toBe(Array.from(text.slice(0, text.lastIndexOf(SECOND_CAPTION))).length);

    const claim = items.find((a) => quote(a) === CLAIM);
    expect(claim?.motivation).toBe('assessing');
    expect(claim?.body).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ purpose: 'assessing', value: 'Unverified' }),
        expect.objectContaining({ purpose: 'commenting', value: 'No primary source.' }),
        expect.objectContaining({ purpose: 'tagging', value: 'figures' }),
        expect.objectContaining({ purpose: 'linking', source: 'https://www.syriahr.com/en/' }),
      ]),
    );

    // The W3C Web Annotation MUST assertions (web-platform-tests), on the file as downloaded.
    expect(checkCollection(json)).toEqual([]);
    expect(checkPageMusts(json.first)).toEqual([]);
    for (const item of items) expect(checkAnnotationMusts(item)).toEqual([]);
  });

  it('with no annotations still downloads a valid, empty collection', async () => {
    const { page } = await app.open();
    const { name, json } = await exportW3C(page);
    expect(name.endsWith('.jsonld')).toBe(true);
    expect(json.type).toBe('AnnotationCollection');
    expect(json.total).toBe(0);
    expect(checkCollection(json)).toEqual([]);
  });
});
