import shipped from '../../public/articles/press-tv-washington-asked-moscow-nusra.json';
import { articleText, type Article } from '../../src/core/model/article';
import type { AnnotatableText } from '../../src/core/model/new-annotation';
import { parseArticle } from '../../src/core/model/parse-article';
import { annotatableText } from '../../src/core/model/annotatable-text';

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
export const shippedAnnotatable: AnnotatableText = annotatableText(shippedArticle);
