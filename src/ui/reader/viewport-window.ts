import type { TextSpan } from '../../core/anchoring/describe';
import type { DomTextMap } from './dom-offsets';

/** How many screens above and below the viewport count as near it: highlights there are registered. */
export const WINDOW_SCREENS = 2;

/** The part of the article's text near the viewport, kept up to date while the reader scrolls. */
export interface ViewportWindow {
  /** The span near the viewport; null when it cannot be known (no layout): then the whole text counts. */
  readonly span: TextSpan | null;
  dispose(): void;
}

/**
 * Watches which blocks of the article (the root's element children) lie within WINDOW_SCREENS
 * of the viewport, and calls `onChange` (at most once a frame) when the text they cover changes.
 * An IntersectionObserver does the watching, so scrolling costs no work of ours until a block
 * crosses the margin; the first span is found at once by a binary search on the blocks' boxes.
 * Without IntersectionObserver (jsdom), the span is null.
 */
export function watchViewport(map: DomTextMap, onChange: () => void): ViewportWindow {
  const view = map.root.ownerDocument.defaultView;
  if (!view || typeof IntersectionObserver !== 'function') return { span: null, dispose: () => {} };
  const blocks = Array.from(map.root.children);
  const spans = new Map<Element, TextSpan | null>();
  const spanOf = (block: Element) => {
    if (!spans.has(block)) spans.set(block, map.spanOf(block));
    return spans.get(block) ?? null;
  };
  const near = new Set<Element>(initialBlocks(blocks, view));
  let frame = 0;
  const state: { span: TextSpan | null } = { span: unionOf(near, spanOf) };

  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (entry.isIntersecting) near.add(entry.target);
        else near.delete(entry.target);
      }
      const span = unionOf(near, spanOf);
      if (span?.start === state.span?.start && span?.end === state.span?.end) return;
      state.span = span;
      if (frame === 0) {
        frame = view.requestAnimationFrame(() => {
          frame = 0;
          onChange();
        });
      }
    },
    { rootMargin: `${WINDOW_SCREENS * 100}% 0px` },
  );
  for (const block of blocks) observer.observe(block);
  return {
    get span() {
      return state.span;
    },
    dispose() {
      observer.disconnect();
      if (frame !== 0) view.cancelAnimationFrame(frame);
    },
  };
}

/** The smallest span covering every block's text; an empty span at 0 when there are none. */
function unionOf(blocks: Iterable<Element>, spanOf: (block: Element) => TextSpan | null): TextSpan {
  let start = Infinity;
  let end = -Infinity;
  for (const block of blocks) {
    const span = spanOf(block);
    if (!span) continue;
    start = Math.min(start, span.start);
    end = Math.max(end, span.end);
  }
  return start < end ? { start, end } : { start: 0, end: 0 };
}

/**
 * The blocks within the margin now, before the observer's first report: blocks stand in
 * document order, so their boxes are sorted by top and two binary searches find the run.
 */
function initialBlocks(blocks: readonly Element[], view: Window): Element[] {
  const margin = WINDOW_SCREENS * view.innerHeight;
  const top = -margin;
  const bottom = view.innerHeight + margin;
  const firstBelow = (limit: number, edge: 'top' | 'bottom') => {
    let lo = 0;
    let hi = blocks.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((blocks[mid] as Element).getBoundingClientRect()[edge] < limit) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return blocks.slice(firstBelow(top, 'bottom'), firstBelow(bottom, 'top'));
}
