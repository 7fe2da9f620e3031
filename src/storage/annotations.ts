import type { Annotation } from '../core/model/annotation';
import { fromAnnotationRecord, toAnnotationRecord } from './annotation-record';
import type { MarginaliaDb } from './db';

/** Every stored annotation of an article, in no particular order. */
export async function listAnnotations(db: MarginaliaDb, articleId: string): Promise<Annotation[]> {
  const records = await db.annotations.where('articleId').equals(articleId).toArray();
  return records.map(fromAnnotationRecord);
}

/** Inserts or replaces one annotation. Rejects (Dexie error) when storage refuses the write. */
export async function putAnnotation(db: MarginaliaDb, annotation: Annotation): Promise<void> {
  await db.annotations.put(toAnnotationRecord(annotation));
}

/**
 * Saves an edit made on the version last modified at `baseModified`. The edit always wins (the
 * later write), but when the stored record changed meanwhile (another tab saved or deleted it)
 * the version it replaced is returned, so the user can be told and undo. Read and write share
 * one transaction, so no third write can slip between them.
 */
export async function saveEdit(db: MarginaliaDb, annotation: Annotation, baseModified: string): Promise<{ replaced: Annotation | null; wasDeleted: boolean }> {
  return db.transaction('rw', db.annotations, async () => {
    const stored = await db.annotations.get(annotation.id);
    await db.annotations.put(toAnnotationRecord(annotation));
    if (!stored) return { replaced: null, wasDeleted: true };
    return { replaced: stored.modified === baseModified ? null : fromAnnotationRecord(stored), wasDeleted: false };
  });
}

/**
 * Puts `next` in place of annotation `id` (or deletes it, with null) only if what is stored is
 * still the version last modified at `expected` (null: nothing stored). Otherwise writes nothing
 * and returns what is stored now: another tab (or device) changed it since. Read and write share
 * one transaction. Undo and redo use it, so they never overwrite a newer change.
 */
export async function replaceIfUnchanged(
  db: MarginaliaDb,
  id: string,
  expected: string | null,
  next: Annotation | null,
): Promise<{ ok: true } | { ok: false; current: Annotation | null }> {
  return db.transaction('rw', db.annotations, async () => {
    const stored = await db.annotations.get(id);
    if ((stored?.modified ?? null) !== expected) return { ok: false, current: stored ? fromAnnotationRecord(stored) : null };
    if (next) await db.annotations.put(toAnnotationRecord(next));
    else await db.annotations.delete(id);
    return { ok: true };
  });
}

/** The stored annotation with this id, or undefined. */
export async function getAnnotation(db: MarginaliaDb, id: string): Promise<Annotation | undefined> {
  const record = await db.annotations.get(id);
  return record ? fromAnnotationRecord(record) : undefined;
}

/** Deletes one annotation by id; deleting what is not there is not an error. */
export async function deleteAnnotation(db: MarginaliaDb, id: string): Promise<void> {
  await db.annotations.delete(id);
}
