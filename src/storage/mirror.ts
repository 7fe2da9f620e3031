import type { Annotation } from '../core/model/annotation';
import type { ArticleDetails } from '../core/model/article-details';
import { deleteArticleDetails, putArticleDetails } from './article-details';
import { fromAnnotationRecord, toAnnotationRecord } from './annotation-record';
import type { ArticleRecord, MarginaliaDb } from './db';
import { markMirrored } from './write-log';

/** The stored annotations with these ids (absent ids are left out), for sync to mirror what a write touched. */
export async function getAnnotationsByIds(db: MarginaliaDb, ids: readonly string[]): Promise<Map<string, Annotation>> {
  const records = await db.annotations.bulkGet([...ids]);
  const found = new Map<string, Annotation>();
  for (const record of records) if (record) found.set(record.id, fromAnnotationRecord(record));
  return found;
}

/** Every stored annotation, grouped by article id. */
export async function annotationsByArticle(db: MarginaliaDb): Promise<Map<string, Annotation[]>> {
  const byArticle = new Map<string, Annotation[]>();
  await db.annotations.each((record) => {
    const list = byArticle.get(record.articleId) ?? [];
    list.push(fromAnnotationRecord(record));
    byArticle.set(record.articleId, list);
  });
  return byArticle;
}

/** What arrived from other devices for one article's document, to be stored. */
export interface MirroredChange {
  articleId: string;
  puts: Annotation[];
  deletes: string[];
  /** The article itself, when this device does not have it yet. */
  articles: ArticleRecord[];
  /** The article's details as the team corrected them (null: its own); absent when unchanged. */
  details?: ArticleDetails | null;
}

/**
 * Stores what arrived from other devices, all or nothing: annotations put, ids deleted,
 * articles added unless already stored, and an article's details. Rejects (Dexie error) when storage refuses.
 */
export async function applyMirroredChanges(db: MarginaliaDb, change: Pick<MirroredChange, 'puts' | 'deletes'> & Partial<MirroredChange>): Promise<void> {
  await db.transaction('rw', db.annotations, db.articles, db.settings, async () => {
    markMirrored();
    if (change.puts.length > 0) await db.annotations.bulkPut(change.puts.map(toAnnotationRecord));
    if (change.deletes.length > 0) await db.annotations.bulkDelete(change.deletes);
    for (const article of change.articles ?? []) if (!(await db.articles.get(article.id))) await db.articles.add(article);
    if (change.details !== undefined && change.articleId !== undefined) {
      if (change.details) await putArticleDetails(db, change.articleId, change.details);
      else await deleteArticleDetails(db, change.articleId);
    }
  });
}
