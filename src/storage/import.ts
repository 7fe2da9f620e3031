import { isLater } from '../core/exchange/plan-import';
import type { Annotation } from '../core/model/annotation';
import { fromAnnotationRecord, toAnnotationRecord } from './annotation-record';
import { batchesOf, getInBatches, putInBatches } from './batches';
import type { AnnotationRecord, MarginaliaDb } from './db';

/** What an import wrote, and what it takes to undo it. */
export interface ImportOutcome {
  /** Ids of annotations that did not exist before. */
  added: string[];
  /** The stored versions that were replaced by newer ones from the file. */
  replaced: Annotation[];
  /** Annotations not written because a newer version was stored after the preview (another tab). */
  keptNewer: number;
}

/** The `modified` time of each stored annotation among `ids`, for the import preview. */
export async function storedVersions(db: MarginaliaDb, ids: readonly string[]): Promise<Map<string, string>> {
  return (await storedVersionsAndOwners(db, ids)).versions;
}

/** The `modified` time and the article of each stored annotation among `ids`, in one read. */
export async function storedVersionsAndOwners(db: MarginaliaDb, ids: readonly string[]): Promise<{ versions: Map<string, string>; owners: Map<string, string> }> {
  const records = await db.annotations.bulkGet([...ids]);
  const versions = new Map<string, string>();
  const owners = new Map<string, string>();
  for (const record of records) {
    if (!record) continue;
    versions.set(record.id, record.modified);
    owners.set(record.id, record.articleId);
  }
  return { versions, owners };
}

/**
 * Writes an import in one transaction: all of it, or (if anything fails, e.g. the disk is full)
 * none of it, and the rejection says why. The later `modified` wins again inside the
 * transaction, so an annotation edited in another tab since the preview is not overwritten, and
 * an annotation of another article is never overwritten or moved. `onProgress` hears the
 * part written (0 to 1) after each batch.
 */
export async function importAnnotations(db: MarginaliaDb, toWrite: readonly Annotation[], onProgress?: (fraction: number) => void): Promise<ImportOutcome> {
  return db.transaction('rw', db.annotations, async () => {
    const stored = await getInBatches(db.annotations, toWrite.map((a) => a.id));
    const outcome: ImportOutcome = { added: [], replaced: [], keptNewer: 0 };
    const records: AnnotationRecord[] = [];
    toWrite.forEach((annotation, i) => {
      const before = stored[i];
      // The preview gave such an annotation a new id (planImport); one here now means a race or a bug.
      if (before && before.articleId !== annotation.target.articleId) {
        throw new Error('an annotation in the file has the id of an annotation of another article');
      }
      if (before && !isLater(annotation.modified, before.modified)) {
        outcome.keptNewer++;
        return;
      }
      if (before) outcome.replaced.push(fromAnnotationRecord(before));
      else outcome.added.push(annotation.id);
      records.push(toAnnotationRecord(annotation));
    });
    await putInBatches(db.annotations, records, onProgress);
    return outcome;
  });
}

/** Undoes an import in one transaction: deletes what it added and puts back what it replaced. */
export async function revertImport(db: MarginaliaDb, outcome: Pick<ImportOutcome, 'added' | 'replaced'>): Promise<void> {
  await db.transaction('rw', db.annotations, async () => {
    for (const batch of batchesOf(outcome.added)) await db.annotations.bulkDelete(batch);
    for (const batch of batchesOf(outcome.replaced)) await db.annotations.bulkPut(batch.map(toAnnotationRecord));
  });
}
