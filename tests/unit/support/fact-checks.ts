import type { Annotation } from '../../../src/core/model/annotation';
import { EMPTY_CONTENT, newAnnotation, type AnnotationContent } from '../../../src/core/model/new-annotation';
import { shippedAnnotatable, shippedArticle, shippedText } from '../../support/shipped-article';

/** The shipped article, as the reader opens it by default, and its annotatable text. */
export const article = shippedArticle;
export const text = shippedText;

let counter = 0;

/**
 * An annotation of the shipped article on the `occurrence`-th copy of `quote`, made at a fixed
 * time with a counting id. Throws when the quote is not in the article (a broken test, not a case).
 */
export function annotationOn(quote: string, content: Partial<AnnotationContent> = {}, occurrence = 0): Annotation {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = text.indexOf(quote, at + 1);
  if (at === -1) throw new Error(`“${quote}” is not in the shipped article.`);
  const id = `urn:uuid:00000000-0000-4000-8000-${String(++counter).padStart(12, '0')}`;
  const made = newAnnotation(shippedAnnotatable, { start: at, end: at + quote.length }, { ...EMPTY_CONTENT, ...content }, id, new Date('2026-04-20T09:30:00.000Z'));
  if (!made) throw new Error('newAnnotation refused the span.');
  return made;
}

/** Where an annotation lies in the shipped text (UTF-16), found by its quote as the reader would. */
export function spanInText(annotation: Annotation): { start: number; end: number } | null {
  const start = text.indexOf(annotation.target.quote.exact, Math.max(0, annotation.target.position.start - 2));
  return start === -1 ? null : { start, end: start + annotation.target.quote.exact.length };
}
