import { CodePointMap } from '../anchoring/code-points';
import { articleText, type Article } from './article';
import type { AnnotatableText } from './new-annotation';
import { textHash } from './text-hash';

/**
 * The article's text prepared for annotating and anchoring: the flat text the reader renders
 * (title and blocks), its hash and its code-point map. Compute it once per article; the map
 * costs a pass over the text.
 */
export function annotatableText(article: Pick<Article, 'id' | 'iri' | 'title' | 'headline' | 'blocks'>): AnnotatableText {
  return annotatableTextOf({ articleId: article.id, source: article.iri }, articleText(article));
}

/** The same for a text given as it is (an older version of an article's text, a test's text). */
export function annotatableTextOf(of: Pick<AnnotatableText, 'articleId' | 'source'>, text: string): AnnotatableText {
  return { articleId: of.articleId, source: of.source, text, textHash: textHash(text), map: new CodePointMap(text) };
}
