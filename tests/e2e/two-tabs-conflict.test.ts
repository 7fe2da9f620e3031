import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { annotationItems, useBrowser } from './support/app';
import { annotate, editor, eventually } from './support/reader';

const app = useBrowser();
const QUOTE = 'cessation of hostilities';

async function openEdit(page: Page) {
  await page.bringToFront();
  await annotationItems(page).first().getByRole('button', { name: 'Edit' }).click();
  const dialog = editor(page);
  await dialog.waitFor();
  return dialog;
}

async function noteIn(page: Page): Promise<string> {
  return ((await annotationItems(page).first().locator('.card-note').textContent()) ?? '').trim();
}

describe('Two tabs editing the same annotation', () => {
  it('the later save wins, its tab is told and can undo, and the other tab shows the winner', async () => {
    const { context, page: first } = await app.open();
    await annotate(first, QUOTE, { note: 'original' });
    const second = await context.newPage();
    await second.goto(app.baseUrl);
    await eventually(() => annotationItems(second).count()).toBe(1);

    const inSecond = await openEdit(second);
    const inFirst = await openEdit(first);
    await inFirst.getByRole('textbox', { name: 'Note' }).fill('first tab’s version');
    await inFirst.getByRole('button', { name: 'Save' }).click();
    await inFirst.waitFor({ state: 'detached' });

    await second.bringToFront();
    await inSecond.getByRole('textbox', { name: 'Note' }).fill('second tab’s version');
    await inSecond.getByRole('button', { name: 'Save' }).click();
    const told = second.getByRole('status').filter({ hasText: 'changed in another tab' });
    await told.waitFor();
    await eventually(() => noteIn(second)).toBe('second tab’s version');
    await first.bringToFront();
    await eventually(() => noteIn(first)).toBe('second tab’s version');

    await second.bringToFront();
    await told.getByRole('button', { name: 'Undo' }).click();
    await eventually(() => noteIn(second)).toBe('first tab’s version');
    await first.bringToFront();
    await eventually(() => noteIn(first)).toBe('first tab’s version');
    expect(await annotationItems(first).count()).toBe(1);
    await context.close();
  });
});
