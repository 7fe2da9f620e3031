import type { BackupArticle, BackupDetails } from '../core/exchange/backup';
import { isLater } from '../core/exchange/plan-import';
import type { Annotation } from '../core/model/annotation';
import { articleDetailsKey, listArticleDetails } from './article-details';
import { getInBatches, putInBatches } from './batches';
import type { AnnotationRecord, MarginaliaDb } from './db';

/** Every stored article, annotation and edited details, read in one transaction so the backup is one moment's library. */
export async function readLibrary(db: MarginaliaDb): Promise<{ articles: BackupArticle[]; annotations: Annotation[]; details: BackupDetails[] }> {
  return db.transaction('r', db.articles, db.annotations, db.settings, async () => {
    const [articles, records, described] = await Promise.all([db.articles.toArray(), db.annotations.toArray(), listArticleDetails(db)]);
    // The index field duplicates target.articleId; the core record does not carry it.
    const annotations = records.map(({ articleId: _indexed, ...a }) => a as Annotation);
    const details = [...described].map(([article, d]) => ({ article, ...d }));
    return { articles, annotations, details };
  });
}

/** What a restore wrote. */
export interface RestoreOutcome {
  /** Ids of the articles it added. */
  articles: string[];
  /** Ids of the annotations it added. */
  annotations: string[];
  /** Ids of the articles whose edited details it added. */
  details: string[];
  /** The stored versions it replaced with the backup's newer ones. */
  replaced: Annotation[];
  /** Annotations left as they were because a newer version was stored after the preview. */
  keptNewer: number;
}

/**
 * Writes a previewed restore in one transaction over articles, annotations and details: all of
 * it, or (if anything fails) none of it. An article or details already stored are kept; for an
 * annotation the later `modified` wins again inside the transaction, as in Import, and the
 * annotations go in batches, `onProgress` hearing the part written after each.
 */
export async function restoreLibrary(
  db: MarginaliaDb,
  articles: readonly BackupArticle[],
  annotations: readonly Annotation[],
  details: readonly BackupDetails[] = [],
  onProgress?: (fraction: number) => void,
): Promise<RestoreOutcome> {
  return db.transaction('rw', db.articles, db.annotations, db.settings, async () => {
    const storedArticles = await db.articles.bulkGet(articles.map((a) => a.id));
    const newArticles = articles.filter((_, i) => storedArticles[i] === undefined);
    await db.articles.bulkAdd(newArticles);
    // Details given here since the preview are kept, as an article already here is.
    const storedDetails = await db.settings.bulkGet(details.map((d) => articleDetailsKey(d.article)));
    const newDetails = details.filter((_, i) => storedDetails[i] === undefined);
    await db.settings.bulkAdd(newDetails.map(({ article, ...value }) => ({ key: articleDetailsKey(article), value })));
    const stored = await getInBatches(db.annotations, annotations.map((a) => a.id));
    const records: AnnotationRecord[] = [];
    const outcome: RestoreOutcome = { articles: newArticles.map((a) => a.id), annotations: [], details: newDetails.map((d) => d.article), replaced: [], keptNewer: 0 };
    annotations.forEach((annotation, i) => {
      const before = stored[i];
      if (before && !isLater(annotation.modified, before.modified)) {
        outcome.keptNewer++;
        return;
      }
      if (before) {
        const { articleId: _indexed, ...previous } = before;
        outcome.replaced.push(previous);
      } else outcome.annotations.push(annotation.id);
      records.push({ ...annotation, articleId: annotation.target.articleId });
    });
    await putInBatches(db.annotations, records, onProgress);
    return outcome;
  });
}

/** Which of `ids` name articles stored in the library. */
export async function storedArticleIds(db: MarginaliaDb, ids: readonly string[]): Promise<Set<string>> {
  const records = await db.articles.bulkGet([...ids]);
  return new Set(records.flatMap((a) => (a ? [a.id] : [])));
}

/** Undoes a restore in one transaction: removes the articles, annotations and details it added and puts back what it replaced. */
export async function revertRestore(db: MarginaliaDb, outcome: Pick<RestoreOutcome, 'articles' | 'annotations' | 'details' | 'replaced'>): Promise<void> {
  await db.transaction('rw', db.articles, db.annotations, db.settings, async () => {
    await db.articles.bulkDelete(outcome.articles);
    await db.settings.bulkDelete(outcome.details.map(articleDetailsKey));
    await db.annotations.bulkDelete(outcome.annotations);
    await db.annotations.bulkPut(outcome.replaced.map((a) => ({ ...a, articleId: a.target.articleId })));
  });
}
