import type { Annotation } from '../model/annotation';
import type { AnnotatableText } from '../model/new-annotation';
import { describeSpan, type TextSpan } from './describe';

/**
 * `Accept new position` on a drifted annotation: its target described afresh on `span` of the
 * current text (new quote with its context, position and text hash), its id, created time and
 * content kept, `modified` set to now. Returns null when the span is empty or outside the text.
 */
export function acceptNewPosition(annotation: Annotation, on: AnnotatableText, span: TextSpan, now: Date): Annotation | null {
  const selectors = describeSpan(on.text, span, on.map);
  if (!selectors) return null;
  const { keptOnTextHash: _dropped, ...target } = annotation.target;
  return { ...annotation, target: { ...target, ...selectors, textHash: on.textHash }, modified: now.toISOString() };
}

/**
 * `Keep as it was` on a drifted annotation: the stored quote and position stay as they were made,
 * and the text with `textHash` is remembered so the reader is not asked again on it.
 */
export function keepAsItWas(annotation: Annotation, textHash: string, now: Date): Annotation {
  return { ...annotation, target: { ...annotation.target, keptOnTextHash: textHash }, modified: now.toISOString() };
}
