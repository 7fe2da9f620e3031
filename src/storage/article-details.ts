import { readArticleDetails, type ArticleDetails } from '../core/model/article-details';
import type { MarginaliaDb } from './db';

/**
 * An article's corrected details live in the settings table, by article id: the same place for
 * a shipped article (whose text is a file) and a stored one, and never in the text's record.
 */
const PREFIX = 'details:';
/** The settings key of an article's details. */
export const articleDetailsKey = (articleId: string) => `${PREFIX}${articleId}`;
/** Whether a settings key is an article's details. */
export const isDetailsKey = (key: string) => key.startsWith(PREFIX);
/** The article whose details a settings key holds (check isDetailsKey first). */
export const articleIdOfDetailsKey = (key: string) => key.slice(PREFIX.length);

/** The details the reader gave this article, or null when they never edited them. */
export async function getArticleDetails(db: MarginaliaDb, articleId: string): Promise<ArticleDetails | null> {
  const record = await db.settings.get(articleDetailsKey(articleId));
  return record ? readArticleDetails(record.value) : null;
}

/** Every article's edited details, by article id (for the library's titles). */
export async function listArticleDetails(db: MarginaliaDb): Promise<Map<string, ArticleDetails>> {
  const records = await db.settings.where('key').startsWith(PREFIX).toArray();
  const out = new Map<string, ArticleDetails>();
  for (const record of records) {
    const details = readArticleDetails(record.value);
    if (details) out.set(record.key.slice(PREFIX.length), details);
  }
  return out;
}

/** Stores an article's details (already checked with checkArticleDetails). */
export async function putArticleDetails(db: MarginaliaDb, articleId: string, details: ArticleDetails): Promise<void> {
  await db.settings.put({ key: articleDetailsKey(articleId), value: details });
}

/** Forgets an article's edited details (its own come back). */
export async function deleteArticleDetails(db: MarginaliaDb, articleId: string): Promise<void> {
  await db.settings.delete(articleDetailsKey(articleId));
}

/** Which of `articleIds` have edited details here. */
export async function describedArticleIds(db: MarginaliaDb, articleIds: readonly string[]): Promise<Set<string>> {
  const records = await db.settings.bulkGet(articleIds.map(articleDetailsKey));
  return new Set(articleIds.filter((_, i) => records[i] !== undefined));
}
