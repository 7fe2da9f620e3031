import type { Annotation } from '../core/model/annotation';
import type { Article } from '../core/model/article';
import type { StoredArticleSummary } from '../core/library/library-entries';
import type { AnnotationRecord, ArticleRecord, MarginaliaDb, SettingRecord } from './db';
import { articleDetailsKey } from './article-details';
import { fromAnnotationRecord } from './annotation-record';

/** The stored article with this id, or undefined (shipped articles are not stored). */
export async function getStoredArticle(db: MarginaliaDb, id: string): Promise<ArticleRecord | undefined> {
  return db.articles.get(id);
}

/**
 * Stores an article the reader opened, unless one with the same id (the same text) is already
 * there: that one, with its title and date, is kept and returned with `existed: true`, so
 * opening a text twice leads back to the same article and its annotations.
 */
export async function addArticle(db: MarginaliaDb, article: Article, added: Date): Promise<{ record: ArticleRecord; existed: boolean }> {
  return db.transaction('rw', db.articles, async () => {
    const stored = await db.articles.get(article.id);
    if (stored) return { record: stored, existed: true };
    const record: ArticleRecord = { ...article, added: added.toISOString() };
    await db.articles.add(record);
    return { record, existed: false };
  });
}

/** What the library lists of every stored article (not their text). */
export async function listArticleSummaries(db: MarginaliaDb): Promise<StoredArticleSummary[]> {
  const out: StoredArticleSummary[] = [];
  await db.articles.each((r) => {
    out.push(r.source?.name ? { id: r.id, title: r.title, source: r.source.name, added: r.added } : { id: r.id, title: r.title, added: r.added });
  });
  return out;
}

/** Every stored annotation of every article, for the library's counts and its search. */
export async function listEveryAnnotation(db: MarginaliaDb): Promise<Annotation[]> {
  return (await db.annotations.toArray()).map(fromAnnotationRecord);
}

/** An article taken out of the library, with its annotations, as needed to put it back. */
export interface RemovedArticle {
  article: ArticleRecord | null;
  annotations: AnnotationRecord[];
  /** The details the reader had given it (article-details.ts), when any. */
  details?: SettingRecord;
}

/**
 * Deletes a stored article, all its annotations and its edited details in one transaction (all
 * go, or none), and returns what was removed so that `restoreArticle` can undo it.
 */
export async function deleteArticle(db: MarginaliaDb, id: string): Promise<RemovedArticle> {
  return db.transaction('rw', db.articles, db.annotations, db.settings, async () => {
    const article = (await db.articles.get(id)) ?? null;
    const annotations = await db.annotations.where('articleId').equals(id).toArray();
    const details = await db.settings.get(articleDetailsKey(id));
    await db.annotations.where('articleId').equals(id).delete();
    await db.articles.delete(id);
    if (details) await db.settings.delete(details.key);
    return details ? { article, annotations, details } : { article, annotations };
  });
}

/** Puts back what `deleteArticle` removed, in one transaction. */
export async function restoreArticle(db: MarginaliaDb, removed: RemovedArticle): Promise<void> {
  await db.transaction('rw', db.articles, db.annotations, db.settings, async () => {
    if (removed.article) await db.articles.put(removed.article);
    await db.annotations.bulkPut(removed.annotations);
    if (removed.details) await db.settings.put(removed.details);
  });
}
