import { renderToString } from 'react-dom/server';
import { parseArticle } from '../../core/model/parse-article';
import { createQueryClient } from '../../state/query-client';
import type { Services } from '../../state/services';
import { DEFAULT_ARTICLE_ID } from './App';
import { appTree } from './first-page-tree';

export { DEFAULT_ARTICLE_ID };

/**
 * The first page as HTML for the shipped article's JSON, rendered at build time
 * (config/first-paint.ts) so the browser paints the text before any script runs. Storage is never
 * touched: every query but the article's stays pending, as on the client's first render.
 * Build-time only: the client never loads react-dom/server.
 */
export function prerenderShippedArticle(json: unknown): { ok: true; html: string } | { ok: false; error: string } {
  const parsed = parseArticle(json);
  if (!parsed.ok) return parsed;
  const unused = () => {
    throw new Error('Nothing is stored or fetched while prerendering.');
  };
  const services: Services = {
    db: new Proxy({}, { get: unused }) as Services['db'],
    now: () => new Date(0),
    newId: unused,
    fetchArticle: unused,
    storageMode: { kind: 'persistent' },
    requestPersistence: unused,
  };
  return { ok: true, html: renderToString(appTree(services, createQueryClient(), parsed.value)) };
}
