import type { Page } from 'playwright-core';
import type { Annotation } from '../../../src/core/model/annotation';
import type { Article } from '../../../src/core/model/article';

/**
 * Writes records straight into the app's IndexedDB (as an older version of the app, or another
 * tab, would have left them), then reloads the page so the reader opens on them.
 */
export async function storeAndReload(page: Page, records: { annotations?: Annotation[]; articles?: Article[] }): Promise<void> {
  await page.evaluate(
    async ({ annotations, articles }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('marginalia');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction(['annotations', 'articles'], 'readwrite');
        for (const a of annotations) tx.objectStore('annotations').put({ ...a, articleId: a.target.articleId });
        for (const article of articles) tx.objectStore('articles').put({ ...article, added: '2026-01-01T00:00:00.000Z' });
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { annotations: records.annotations ?? [], articles: records.articles ?? [] },
  );
  await page.reload();
  await page.locator('article[data-interactive] h1').waitFor();
}
