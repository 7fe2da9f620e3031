import type { Page } from 'playwright-core';

/** The top bar's `Sync status`. */
export function syncStatus(page: Page) {
  return page.getByRole('status', { name: 'Sync status' });
}

/** Opens Sync, fills it in as a reader would and connects; the dialog is closed again. */
export async function connect(page: Page, url: string, key: string, name: string): Promise<void> {
  await page.getByRole('button', { name: 'Sync', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Sync' });
  await dialog.getByRole('textbox', { name: 'Server address' }).fill(url);
  await dialog.getByRole('textbox', { name: 'Team key' }).fill(key);
  await dialog.getByRole('textbox', { name: 'Your name' }).fill(name);
  await dialog.getByRole('button', { name: 'Connect' }).click();
  await dialog.getByRole('button', { name: 'Disconnect' }).waitFor();
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
}
