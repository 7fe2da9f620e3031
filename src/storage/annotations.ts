import type { Annotation } from '../core/model/annotation';
import type { AnnotationRecord, MarginaliaDb } from './db';

/** Every stored annotation of an article, in no particular order. */
export async function listAnnotations(db: MarginaliaDb, articleId: string): Promise<Annotation[]> {
  const records = await db.annotations.where('articleId').equals(articleId).toArray();
  return records.map(toAnnotation);
}

/** Inserts or replaces one annotation. Rejects (Dexie error) when storage refuses the write. */
export async function putAnnotation(db: MarginaliaDb, annotation: Annotation): Promise<void> {
  await db.annotations.put(toRecord(annotation));
}

/** Deletes one annotation by id; deleting what is not there is not an error. */
export async function deleteAnnotation(db: MarginaliaDb, id: string): Promise<void> {
  await db.annotations.delete(id);
}

function toRecord(annotation: Annotation): AnnotationRecord {
  return { ...annotation, articleId: annotation.target.articleId };
}

function toAnnotation(record: AnnotationRecord): Annotation {
  // The index field duplicates target.articleId; the core record does not carry it.
  const { articleId: _indexed, ...annotation } = record;
  return annotation;
}
