import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { headlineOf, type Article } from '../../core/model/article';
import { useUiStore } from '../../state/ui-store';
import { ArticleBody, sliceCountOf } from './ArticleBody';
import { useSlicesIn } from './use-slices-in';
import { caretOffsetAt, DomTextMap, selectedSpan } from './dom-offsets';
import {
  createCustomHighlightPainter,
  createOverlayPainter,
  hasCustomHighlights,
  type HighlightPainter,
  type PaintSet,
} from './highlight-painter';
import { selectionBoxOf } from './selection-box';
import { useSentenceKeys } from './use-sentence-keys';

interface ArticleViewProps {
  article: Article;
  /** Anchored spans to paint, each with its paint style, indexed by offset. */
  paint: PaintSet;
  activeId: string | null;
  /** Called with the annotations under a click, smallest first. */
  onPassageClick: (ids: string[]) => void;
  /** Receives the text map once the article is in the DOM (for scrolling to passages). */
  onTextMap: (map: DomTextMap | null) => void;
  /** Hosts whose images the reader allowed for this article. */
  allowedHosts?: readonly string[];
}

/**
 * The reading view: the article text, its painted highlights, and the tracking of the reader's
 * selection (mouse, touch or keyboard) into the UI store.
 */
export function ArticleView({ article, paint, activeId, onPassageClick, onTextMap, allowedHosts }: ArticleViewProps) {
  const articleRef = useRef<HTMLElement>(null);
  const layerRef = useRef<HTMLDivElement>(null);
  const [map, setMap] = useState<DomTextMap | null>(null);
  const painterRef = useRef<HighlightPainter | null>(null);
  const setPending = useUiStore((s) => s.setPending);
  useSentenceKeys(map);

  // A long article goes in a slice per task; the text is whole, and can be mapped, once all are in.
  const { blocks } = article;
  const sliceCount = useMemo(() => sliceCountOf(blocks), [blocks]);
  const slices = useSlicesIn(sliceCount, blocks);
  const complete = slices === sliceCount;

  // The text map and painter are rebuilt only when the text changes (not its title or source).
  const headline = headlineOf(article);
  useLayoutEffect(() => {
    const root = articleRef.current;
    const layer = layerRef.current;
    if (!root || !layer || !complete) return;
    const textMap = new DomTextMap(root);
    painterRef.current = hasCustomHighlights() ? createCustomHighlightPainter(textMap) : createOverlayPainter(textMap, layer);
    setMap(textMap);
    onTextMap(textMap);
    return () => {
      painterRef.current?.dispose();
      painterRef.current = null;
      onTextMap(null);
    };
  }, [blocks, headline, complete, onTextMap]);

  useLayoutEffect(() => {
    painterRef.current?.paint(paint, activeId);
  }, [paint, activeId, map]);

  useEffect(() => {
    if (!map) return;
    const onSelectionChange = () => {
      const selected = selectedSpan(map);
      const box = selected && selectionBoxOf(selected.range);
      setPending(selected && box ? { span: selected.span, box } : null);
    };
    document.addEventListener('selectionchange', onSelectionChange);
    return () => document.removeEventListener('selectionchange', onSelectionChange);
  }, [map, setPending]);

  const paintRef = useRef(paint);
  paintRef.current = paint;
  const onClick = useCallback(
    (event: React.MouseEvent) => {
      if (!map || !document.getSelection()?.isCollapsed) return;
      const offset = caretOffsetAt(map, event.clientX, event.clientY);
      if (offset === null) return;
      // The interval index answers in O(log n): no highlight is asked whether it was hit.
      onPassageClick(paintRef.current.index.stab(offset).map((h) => h.id));
    },
    [map, onPassageClick],
  );

  return (
    <div className="reader">
      <div ref={layerRef} className="highlight-layer" aria-hidden="true" />
      {/* data-interactive: selecting and clicking work from here on (the build's HTML paints before that).
          lang and dir: the text's own, so a right-to-left page reads (and selects) right to left. */}
      <article ref={articleRef} className="article" onClick={onClick} lang={article.lang ?? 'en'} dir={article.dir} tabIndex={0} data-interactive={map ? '' : undefined}>
        <ArticleBody article={article} allowedHosts={allowedHosts} slices={slices} />
      </article>
    </div>
  );
}
