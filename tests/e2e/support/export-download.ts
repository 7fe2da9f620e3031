import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';

/** Exports through the `Export` menu item `label` and reads the file the browser saved. */
export async function download(page: Page, label: string): Promise<{ name: string; text: string; path: string }> {
  await page.getByRole('button', { name: 'Export' }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: label, exact: true }).click();
  const file = await downloading;
  const path = await file.path();
  return { name: file.suggestedFilename(), text: await readFile(path, 'utf8'), path };
}
