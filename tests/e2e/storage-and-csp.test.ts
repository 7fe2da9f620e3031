import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { annotationItems, selectText, useBrowser } from './support/app';

const app = useBrowser();

/** Opens the reader in a fresh profile after running `init` before any page script. */
async function openWith(init: () => void) {
  const context = await app.browser().newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  await context.addInitScript(init);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(app.baseUrl);
  await page.locator('article[data-interactive] h1').waitFor();
  return { context, page, errors };
}

describe('Content Security Policy', () => {
  it('ships a policy with no inline or remote script, and the app runs under it without violations', async () => {
    const html = readFileSync('dist/index.html', 'utf8');
    const policy = (/http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '').replaceAll('&#39;', "'");
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("base-uri 'none'");
    expect(policy).not.toContain('unsafe-inline');
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);

    const { context, page, errors } = await openWith(() => {
      (window as unknown as { __violations: string[] }).__violations = [];
      document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { __violations: string[] }).__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    await selectText(page, 'cessation of hostilities');
    await page.getByRole('button', { name: 'Note' }).click();
    await page.getByRole('textbox', { name: 'Note' }).fill('A **bold** claim, see [UN](https://www.un.org/).');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => annotationItems(page).count()).toBe(1);
    // An import checks the file with Zod, which must not probe for `new Function` under the policy.
    const file = JSON.stringify([
      { type: 'Annotation', id: 'urn:x:imported', target: { source: 'urn:marginalia:article:press-tv-washington-asked-moscow-nusra', selector: { type: 'TextQuoteSelector', exact: 'Syria' } } },
    ]);
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    await page.getByLabel('Import annotations').setInputFiles({ name: 'one.json', mimeType: 'application/json', buffer: Buffer.from(file) });
    await page.getByRole('dialog', { name: 'Import preview' }).waitFor();
    // Read off the page's thread: a big file never freezes it.
    expect(workers.some((url) => /import-worker/.test(url))).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('When an older tab holds the database', () => {
  it('says so above the page instead of waiting in silence, and opens once that tab goes', async () => {
    const context = await app.browser().newContext({ viewport: { width: 1280, height: 900 } });
    // The older tab: a page of the app's origin holding version 1 open, closing it on nothing.
    const older = await context.newPage();
    await older.goto(new URL('articles/index.json', `${app.baseUrl}/`).href);
    await older.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.open('marginalia', 1);
          request.onsuccess = () => {
            (window as unknown as { __held: IDBDatabase }).__held = request.result;
            resolve();
          };
          request.onerror = () => reject(request.error);
        }),
    );
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(app.baseUrl);
    const notice = page.getByRole('alert').filter({ hasText: 'Marginalia is open in another tab of an older version' });
    await notice.waitFor();
    expect(await notice.textContent()).toContain('Close or reload that tab, and this one opens.');
    await older.close();
    await page.locator('article[data-interactive] h1').waitFor();
    expect(await notice.count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('When the browser refuses IndexedDB', () => {
  it('still opens, says annotations will not survive the session, and works in memory', async () => {
    const { context, page } = await openWith(() => {
      IDBFactory.prototype.open = () => {
        throw new DOMException('The user denied permission to access the database.', 'SecurityError');
      };
    });
    const alert = page.getByRole('alert').filter({ hasText: 'Annotations will not survive this session' });
    await alert.waitFor();
    expect(await alert.textContent()).toContain('denied permission');
    await selectText(page, 'cessation of hostilities');
    await page.keyboard.press('h');
    await expect.poll(() => annotationItems(page).count()).toBe(1);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export' }).click();
    await page.getByRole('menuitem', { name: 'W3C JSON-LD' }).click();
    const file = await (await download).path();
    const exported = JSON.parse(readFileSync(file, 'utf8'));
    expect(exported.total).toBe(1);
    expect(exported.first.items[0].target.selector[0].exact).toBe('cessation of hostilities');
    await context.close();
  });

  it('also copes with a browser that has no IndexedDB at all (storage switched off)', async () => {
    const { context, page } = await openWith(() => {
      Object.defineProperty(window, 'indexedDB', { value: undefined });
    });
    await page.getByRole('alert').filter({ hasText: 'Annotations will not survive this session' }).waitFor();
    await selectText(page, 'Aleppo');
    await page.keyboard.press('h');
    await expect.poll(() => annotationItems(page).count()).toBe(1);
    await context.close();
  });
});

describe('A note being written when the page reloads', () => {
  it('comes back in the editor, and is saved from there', async () => {
    const { context, page } = await app.open();
    await selectText(page, 'cessation of hostilities');
    await page.keyboard.press('n');
    await page.getByRole('textbox', { name: 'Note' }).fill('Which truce terms? Check the');
    await page.reload();
    await page.locator('article[data-interactive] h1').waitFor();
    const dialog = page.getByRole('dialog', { name: 'Edit annotation' });
    await dialog.waitFor();
    expect(await dialog.getByRole('textbox', { name: 'Note' }).inputValue()).toBe('Which truce terms? Check the');
    await dialog.getByRole('textbox', { name: 'Note' }).press('End');
    await dialog.getByRole('textbox', { name: 'Note' }).pressSequentially(' ISSG statement.');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => annotationItems(page).count()).toBe(1);
    expect(await annotationItems(page).first().textContent()).toContain('Which truce terms? Check the ISSG statement.');
    await page.reload();
    await page.locator('article[data-interactive] h1').waitFor();
    await expect.poll(() => annotationItems(page).count()).toBe(1);
    expect(await page.getByRole('dialog').count()).toBe(0);
    await context.close();
  });
});
