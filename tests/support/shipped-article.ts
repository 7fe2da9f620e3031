import shipped from '../../public/articles/press-tv-washington-asked-moscow-nusra.json';
import { CodePointMap } from '../../src/core/anchoring/code-points';
import { articleText, type Article } from '../../src/core/model/article';
import type { AnnotatableText } from '../../src/core/model/new-annotation';
import { parseArticle } from '../../src/core/model/parse-article';
import { textHash } from '../../src/core/model/text-hash';

/**
 * The article the reader ships with, parsed by the real parser, and its annotatable text, for
 * tests of the core in Node (no DOM, no React).
 */
export const shippedArticle: Article = (() => {
  const parsed = parseArticle(shipped);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
})();

/** The annotatable text of the shipped article, as the reader renders it. */
export const shippedText = articleText(shippedArticle);

/** The shipped article prepared for newAnnotation. */
export const shippedAnnotatable: AnnotatableText = {
  articleId: shippedArticle.id,
  source: shippedArticle.iri,
  text: shippedText,
  textHash: textHash(shippedText),
  map: new CodePointMap(shippedText),
};
