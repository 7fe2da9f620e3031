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
 * It works on scroll and resize only: the blocks stand in document order, so two binary searches
 * on their boxes find the run near the viewport (a few dozen box reads for thousands of blocks).
 * An IntersectionObserver on every block would cost its intersection pass in every frame,
 * typing included. Without layout (jsdom), the span is null.
 */
export function watchViewport(map: DomTextMap, onChange: () => void): ViewportWindow {
  const view = map.root.ownerDocument.defaultView;
  if (!view || typeof ResizeObserver !== 'function') return { span: null, dispose: () => {} };
  const blocks = Array.from(map.root.children);
  const spans = new Map<Element, TextSpan | null>();
  const spanOf = (block: Element) => {
    if (!spans.has(block)) spans.set(block, map.spanOf(block));
    return spans.get(block) ?? null;
  };
  const state: { span: TextSpan | null } = { span: unionOf(nearBlocks(blocks, view), spanOf) };
  let frame = 0;
  const measure = () => {
    frame = 0;
    const span = unionOf(nearBlocks(blocks, view), spanOf);
    if (span.start === state.span?.start && span.end === state.span?.end) return;
    state.span = span;
    onChange();
  };
  const schedule = () => {
    if (frame === 0) frame = view.requestAnimationFrame(measure);
  };
  view.addEventListener('scroll', schedule, { passive: true });
  view.addEventListener('resize', schedule);
  // The article's height changes when fonts arrive or skipped blocks get their real size.
  const resized = new ResizeObserver(schedule);
  resized.observe(map.root);
  return {
    get span() {
      return state.span;
    },
    dispose() {
      view.removeEventListener('scroll', schedule);
      view.removeEventListener('resize', schedule);
      resized.disconnect();
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

/** The blocks within WINDOW_SCREENS of the viewport: their boxes are sorted by top, so two binary searches find the run. */
function nearBlocks(blocks: readonly Element[], view: Window): Element[] {
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
