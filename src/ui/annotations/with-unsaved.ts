import { compareByPosition, type Annotation } from '../../core/model/annotation';

/**
 * The article's stored annotations plus those storage refused (not yet stored under the same
 * id), in document order.
 */
export function withUnsaved(stored: readonly Annotation[], unsaved: readonly Annotation[], articleId: string): Annotation[] {
  const extra = unsaved.filter((a) => a.target.articleId === articleId && !stored.some((s) => s.id === a.id));
  return extra.length === 0 ? (stored as Annotation[]) : [...stored, ...extra].sort(compareByPosition);
}
