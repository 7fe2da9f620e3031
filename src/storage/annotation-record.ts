import type { Annotation } from '../core/model/annotation';
import type { AnnotationRecord } from './db';

/** The stored shape of an annotation: the core record plus `articleId`, indexed for per-article reads. */
export function toAnnotationRecord(annotation: Annotation): AnnotationRecord {
  return { ...annotation, articleId: annotation.target.articleId };
}

/** The core annotation of a stored record: the index field (a copy of target.articleId) dropped. */
export function fromAnnotationRecord(record: AnnotationRecord): Annotation {
  const { articleId: _indexed, ...annotation } = record;
  return annotation;
}
