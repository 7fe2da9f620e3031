import type { Page } from 'playwright-core';

/** The publisher and report address the e2e tests publish under. */
export const PUBLISHER = { name: 'Desk of the Daily', url: 'https://daily.example.org/', logo: 'https://daily.example.org/logo.png' };
export const REPORT_URL = 'https://daily.example.org/fact-checks/nusra';

/** Fills `Publishing details…` from the Export menu as a reader does, and saves. */
export async function setPublishing(page: Page, reportUrl = REPORT_URL): Promise<void> {
  await page.getByRole('button', { name: 'Export' }).click();
  await page.getByRole('menuitem', { name: 'Publishing details…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Publishing details' });
  await dialog.getByRole('textbox', { name: 'Publisher name' }).fill(PUBLISHER.name);
  await dialog.getByRole('textbox', { name: 'Publisher home page' }).fill(PUBLISHER.url);
  await dialog.getByRole('textbox', { name: 'Logo address' }).fill(PUBLISHER.logo);
  await dialog.getByRole('textbox', { name: 'Report address' }).fill(reportUrl);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await dialog.waitFor({ state: 'detached' });
}
