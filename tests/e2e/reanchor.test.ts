import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { annotateOlder, CUT, FIXED, TYPO } from '../support/older-shipped-article';
import { shippedText } from '../support/shipped-article';
import { annotationItems, useBrowser } from './support/app';
import { card, eventually, paintedTexts } from './support/reader';
import { storeAndReload } from './support/stored-records';

const app = useBrowser();
const MOVED = 'Russian Foreign Minister Sergey Lavrov';

/** An annotation made on the older text, with the id `urn:uuid:<name>`. */
const madeOnOlderText = (quote: string, name: string) => annotateOlder(quote, `urn:uuid:${name}`, `note on ${name}`);

describe('Annotations made on an older version of the article', () => {
  it('are anchored, Drifted or Orphaned as the text changed; a drifted one moves on Accept new position and stays moved', async () => {
    expect(shippedText).toContain(FIXED);
    const { page, errors } = await app.open();
    await storeAndReload(page, { annotations: [madeOnOlderText(TYPO, 'drifted'), madeOnOlderText(CUT, 'cut'), madeOnOlderText(MOVED, 'moved')] });
    await eventually(() => annotationItems(page).count()).toBe(3);

    // Unchanged words that moved (a sentence was cut above them) are anchored, not flagged.
    await eventually(() => paintedTexts(page)).toContain(MOVED);
    expect(await card(page, MOVED).getByText('Drifted', { exact: true }).count()).toBe(0);

    // The typo fixed: Drifted, the stored quote beside the text now, painted where it is now.
    const drifted = card(page, TYPO);
    await drifted.getByText('Drifted', { exact: true }).waitFor();
    expect(await drifted.locator('dd').allInnerTexts()).toEqual([expect.stringContaining(TYPO), expect.stringContaining(FIXED)]);
    await eventually(() => paintedTexts(page)).toContain(FIXED);

    // The cut sentence: settled by the background search (a Web Worker, under the app's CSP) as Orphaned, still listed.
    await card(page, CUT).getByText('Orphaned', { exact: true }).waitFor();

    await drifted.getByRole('button', { name: 'Accept new position' }).click();
    await card(page, FIXED).waitFor();
    expect(await card(page, FIXED).getByText('Drifted', { exact: true }).count()).toBe(0);

    await page.reload();
    await card(page, FIXED).waitFor();
    await eventually(() => annotationItems(page).count()).toBe(3);
    expect(await card(page, FIXED).getByText('Drifted', { exact: true }).count()).toBe(0);
    // Searching… until the background search of the changed text has answered.
    await eventually(() => card(page, CUT).getByText('Orphaned', { exact: true }).count()).toBe(1);

    // Orphaned is still exported, with the quote it was made on.
    await page.getByRole('button', { name: 'Export' }).click();
    const downloading = page.waitForEvent('download');
    await page.getByRole('menuitem', { name: 'W3C JSON-LD' }).click();
    const exported = await readFile((await (await downloading).path()) as string, 'utf8');
    expect(exported).toContain(CUT);
    expect(exported).toContain(FIXED);
    expect(errors).toEqual([]);
  });

  it('Keep as it was leaves the stored quote and is not asked again after a reload', async () => {
    const { page } = await app.open();
    await storeAndReload(page, { annotations: [madeOnOlderText(TYPO, 'kept')] });
    const drifted = card(page, TYPO);
    await drifted.getByRole('button', { name: 'Keep as it was' }).click();
    await drifted.getByText('Kept as it was.').waitFor();
    await page.reload();
    await card(page, TYPO).getByText('Kept as it was.').waitFor();
    expect(await card(page, TYPO).getByRole('button', { name: 'Accept new position' }).count()).toBe(0);
  });
});
