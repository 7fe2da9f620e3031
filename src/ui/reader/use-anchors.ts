import { useMemo } from 'react';
import { anchorTarget, type Anchor } from '../../core/anchoring/anchor';
import { CodePointMap } from '../../core/anchoring/code-points';
import type { Annotation } from '../../core/model/annotation';
import { articleText, type Article } from '../../core/model/article';
import type { AnnotatableText } from '../../core/model/new-annotation';
import { textHash } from '../../core/model/text-hash';
import type { PaintItem } from './highlight-painter';
import { paintStyleOf } from './paint-style';

/** The article's text prepared for anchoring: computed once per article. */
export function useAnnotatableText(article: Article | undefined): AnnotatableText | null {
  return useMemo(() => {
    if (!article) return null;
    const text = articleText(article);
    return { articleId: article.id, source: article.iri, text, textHash: textHash(text), map: new CodePointMap(text) };
  }, [article]);
}

/** Where each annotation lies in the text, and what to paint for the ones that were found. */
export function useAnchors(on: AnnotatableText | null, annotations: readonly Annotation[]) {
  return useMemo(() => {
    const anchors = new Map<string, Anchor>();
    const items: PaintItem[] = [];
    if (!on) return { anchors, items };
    for (const annotation of annotations) {
      const anchor = anchorTarget(on.text, on.map, annotation.target);
      anchors.set(annotation.id, anchor);
      if (anchor.status !== 'orphaned') items.push({ id: annotation.id, start: anchor.start, end: anchor.end, style: paintStyleOf(annotation) });
    }
    return { anchors, items };
  }, [on, annotations]);
}
