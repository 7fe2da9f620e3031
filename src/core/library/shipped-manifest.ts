import type { ParseResult } from '../model/parse-article';

/** One article shipped with the app (public/articles/<id>.json), as the manifest lists it. */
export interface ShippedArticle {
  id: string;
  title: string;
  source?: string;
}

/** Ids of shipped articles are file names: lower-case words and dashes. */
const SHIPPED_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Checks the manifest of shipped articles (public/articles/index.json:
 * `{ "articles": [{ "id", "title", "source"? }] }`); returns its entries or what is wrong.
 */
export function parseShippedManifest(input: unknown): ParseResult<ShippedArticle[]> {
  if (typeof input !== 'object' || input === null || !Array.isArray((input as { articles?: unknown }).articles)) {
    return { ok: false, error: 'The list of shipped articles (articles/index.json) has no "articles" array.' };
  }
  const out: ShippedArticle[] = [];
  for (const [i, entry] of ((input as { articles: unknown[] }).articles).entries()) {
    const { id, title, source } = (typeof entry === 'object' && entry !== null ? entry : {}) as Record<string, unknown>;
    if (typeof id !== 'string' || !SHIPPED_ID.test(id) || typeof title !== 'string' || title.trim() === '') {
      return { ok: false, error: `Entry ${i + 1} of the shipped articles needs an "id" (lower-case words and dashes) and a "title".` };
    }
    out.push(typeof source === 'string' && source.trim() !== '' ? { id, title, source } : { id, title });
  }
  return { ok: true, value: out };
}
