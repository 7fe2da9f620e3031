import type * as Y from 'yjs';
import type { ArticleRecord } from '../storage/db';

/**
 * The article an annotation document belongs to, so that a teammate who never opened it gets
 * it in their library. Only articles stored in the library travel (shipped ones are in every
 * copy of the app). An article never changes once stored (its id is its text's), so the
 * record is one value: whichever device put it first, every copy is the same.
 */
export function articleMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap('article');
}

/** The document name of an article's annotations (and its text): one document per article. */
export function documentNameOf(articleId: string): string {
  return `marginalia/article/${articleId}`;
}

/** The document listing the team's articles, so a device knows which documents to open. */
export const INDEX_DOCUMENT = 'marginalia/index';

/** Puts the stored article in the document unless it is there. Call inside a transaction. */
export function writeArticle(doc: Y.Doc, record: ArticleRecord): boolean {
  const map = articleMap(doc);
  if (map.has('record')) return false;
  map.set('record', JSON.parse(JSON.stringify(record)) as unknown);
  return true;
}

/** The article the document holds, or null (a shipped article, or a malformed record). */
export function readArticle(doc: Y.Doc): ArticleRecord | null {
  const record = articleMap(doc).get('record') as Partial<ArticleRecord> | undefined;
  if (!record || typeof record !== 'object' || typeof record.id !== 'string' || typeof record.title !== 'string' || !Array.isArray(record.blocks)) return null;
  return record as ArticleRecord;
}
