import type { Annotation } from '../../src/core/model/annotation';
import { articleText, type Article } from '../../src/core/model/article';
import { EMPTY_CONTENT, newAnnotation, type AnnotatableText } from '../../src/core/model/new-annotation';
import { shippedAnnotatable, shippedArticle } from './shipped-article';
import { annotatableTextOf } from '../../src/core/model/annotatable-text';

/**
 * The shipped article as it read before an edit: with a typo since fixed and a sentence since
 * cut, for tests of annotations made on an older version of a text (Drifted, Orphaned).
 */
export const CUT = 'This sentence was cut from the article later on.';
export const TYPO = 'over 400,000 people have been kiled in the conflict';
export const FIXED = 'over 400,000 people have been killed in the conflict';

export const olderArticle: Article = {
  ...shippedArticle,
  blocks: shippedArticle.blocks.map((b, i) => ({ ...b, text: (i === 1 ? `${CUT} ` : '') + b.text.replace('have been killed', 'have been kiled') })),
};
export const olderText = articleText(olderArticle);
export const olderAnnotatable: AnnotatableText = annotatableTextOf(shippedAnnotatable, olderText);

/** An annotation made on the older text, on the first occurrence of `quote`, with a note. */
export function annotateOlder(quote: string, id: string, note = 'check the figure'): Annotation {
  const start = olderText.indexOf(quote);
  const made = start < 0 ? null : newAnnotation(olderAnnotatable, { start, end: start + quote.length }, { ...EMPTY_CONTENT, note }, id, new Date('2026-01-02T03:04:05Z'));
  if (!made) throw new Error(`“${quote}” is not in the older text`);
  return made;
}
