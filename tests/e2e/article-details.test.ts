import { describe, expect, it } from 'vitest';
import shipped from '../../public/articles/press-tv-washington-asked-moscow-nusra.json';
import { download } from './support/export-download';
import { annotationItems, useBrowser } from './support/app';
import { annotate, eventually, paintedTexts } from './support/reader';

const app = useBrowser();

const RENAMED = 'US asked Russia to spare al-Nusra, Lavrov says';
const ADDRESS = 'https://www.presstv.ir/Detail/2016/05/27/480000';
const QUOTE = 'Fear of hitting the US-backed militants';

describe('Editing an article’s details', () => {
  it('renames the article with the keyboard; after a reload the annotation still paints, and the exports carry the new title, address and date', async () => {
    const { page, errors } = await app.open();
    await annotate(page, QUOTE, { note: 'Who said this?' });
    const textBefore = await page.locator('article').textContent();

    await page.getByRole('button', { name: 'Edit article details' }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Article details' });
    await dialog.waitFor();
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value)).toBe(shipped.title);
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(RENAMED);
    await dialog.getByLabel('Original address').fill(ADDRESS);
    await dialog.getByLabel('Published').fill('2016-05-27');
    await page.screenshot({ path: '/tmp/details-dialog.png' });
    await dialog.getByLabel('Title').press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await eventually(() => page.title()).toBe(`${RENAMED} · Marginalia`);

    await page.reload();
    await eventually(() => paintedTexts(page)).toEqual([QUOTE]);
    expect(await page.title()).toBe(`${RENAMED} · Marginalia`);
    expect(await page.locator('article').textContent()).toBe(textBefore);
    expect(await page.locator('article h1').textContent()).toBe(shipped.title);
    expect(await page.locator('.kicker').textContent()).toContain(`listed as “${RENAMED}”`);
    expect(await annotationItems(page).count()).toBe(1);
    await page.screenshot({ path: '/tmp/details-reader.png' });

    const markdown = await download(page, 'Markdown');
    expect(markdown.name).toBe('us-asked-russia-to-spare-al-nusra-lavrov-says.fact-check.md');
    expect(markdown.text).toContain(`# Fact-check report: ${RENAMED}`);
    expect(markdown.text).toContain(`**Source:** Press TV, republished by Global Research — <${ADDRESS}>`);
    expect(markdown.text).toContain('**Published:** 2016-05-27');
    const w3c = JSON.parse((await download(page, 'W3C JSON-LD')).text);
    expect(w3c['mg:article']).toMatchObject({ id: shipped.id, iri: shipped.iri, title: RENAMED });
    expect(w3c.first.items[0].target.source).toBe(shipped.iri);

    await page.getByRole('button', { name: 'Library' }).click();
    const list = page.getByRole('list', { name: 'Articles' });
    await list.getByRole('link', { name: RENAMED }).waitFor();
    expect(errors).toEqual([]);
  });
});
