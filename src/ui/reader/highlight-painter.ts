import type { TextSpan } from '../../core/anchoring/describe';
import { IntervalIndex } from '../../core/anchoring/interval-index';
import type { DomTextMap } from './dom-offsets';
import { ACTIVE_PRIORITY, ACTIVE_STYLE, highlightTier } from './paint-style';
import { watchViewport } from './viewport-window';

export interface PaintItem extends TextSpan {
  id: string;
  style: string;
}

/** The passages to paint, indexed by text offset (for the viewport window and for clicks) and by id. */
export interface PaintSet {
  index: IntervalIndex<PaintItem>;
  byId: ReadonlyMap<string, PaintItem>;
}

/** Indexes passages for painting; O(n log n), once per set of anchors. */
export function paintSet(items: readonly PaintItem[]): PaintSet {
  return { index: new IntervalIndex(items), byId: new Map(items.map((item) => [item.id, item])) };
}

/** `set` with the passages `removed` taken out and `added` put in: no re-sort, no rebuild of the rest (a save, a delete). */
export function changePaintSet(set: PaintSet, added: readonly PaintItem[], removed: readonly PaintItem[]): PaintSet {
  const byId = new Map(set.byId);
  for (const item of removed) if (byId.get(item.id) === item) byId.delete(item.id);
  for (const item of added) byId.set(item.id, item);
  return { index: set.index.withChanges(added, new Set(removed)), byId };
}

/** Paints annotated spans over the article without changing the article's DOM. */
export interface HighlightPainter {
  paint(set: PaintSet, activeId: string | null): void;
  dispose(): void;
}

interface HighlightLike {
  priority: number;
  add(range: Range): void;
  delete(range: Range): boolean;
  clear(): void;
}
type HighlightCtor = new (...ranges: Range[]) => HighlightLike;
interface HighlightRegistry {
  set(name: string, highlight: unknown): void;
  delete(name: string): boolean;
}

/** True when the browser has the CSS Custom Highlight API. */
export function hasCustomHighlights(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof (globalThis as { Highlight?: unknown }).Highlight === 'function';
}

/**
 * Painter on the CSS Custom Highlight API. Only the passages within a couple of screens of the
 * viewport are registered (viewport-window.ts), and the registration is updated by difference as
 * the reader scrolls or the annotations change: each Range is built once, when its passage first
 * comes near, so painting, scrolling and typing cost about the same with 10,000 annotations as
 * with none. Highlights are named by style and length tier (paint-style.ts), so a short passage
 * inside a long one paints on top; the active passage has its own highlight, above all.
 */
export function createCustomHighlightPainter(map: DomTextMap): HighlightPainter {
  const registry = (CSS as unknown as { highlights: HighlightRegistry }).highlights;
  const Highlight = (globalThis as unknown as { Highlight: HighlightCtor }).Highlight;
  const highlights = new Map<string, HighlightLike>();
  const shown = new Map<string, { start: number; end: number; name: string; range: Range }>();
  let current: PaintSet = paintSet([]);
  let activeId: string | null = null;
  let activeKey = '';

  const highlightNamed = (name: string, priority: number): HighlightLike => {
    let highlight = highlights.get(name);
    if (!highlight) {
      highlight = new Highlight();
      highlight.priority = priority;
      registry.set(name, highlight);
      highlights.set(name, highlight);
    }
    return highlight;
  };

  const update = () => {
    const span = view.span ?? { start: 0, end: map.text.length };
    const near = new Set<string>();
    for (const item of current.index.overlapping(span.start, span.end)) {
      const { name, priority } = highlightTier(item.style, item.end - item.start);
      const was = shown.get(item.id);
      if (was && was.start === item.start && was.end === item.end && was.name === name) {
        near.add(item.id);
        continue;
      }
      if (was) highlights.get(was.name)?.delete(was.range);
      const range = map.toRange(item);
      if (!range) {
        shown.delete(item.id);
        continue;
      }
      highlightNamed(name, priority).add(range);
      shown.set(item.id, { start: item.start, end: item.end, name, range });
      near.add(item.id);
    }
    for (const [id, was] of shown) {
      if (near.has(id)) continue;
      highlights.get(was.name)?.delete(was.range);
      shown.delete(id);
    }
    const active = activeId === null ? undefined : current.byId.get(activeId);
    const key = active ? `${active.start}:${active.end}` : '';
    if (key !== activeKey) {
      activeKey = key;
      const highlight = highlightNamed(ACTIVE_STYLE, ACTIVE_PRIORITY);
      highlight.clear();
      const range = active && map.toRange(active);
      if (range) highlight.add(range);
    }
  };
  const view = watchViewport(map, update);

  return {
    paint(set, id) {
      current = set;
      activeId = id;
      update();
    },
    dispose() {
      view.dispose();
      for (const name of highlights.keys()) registry.delete(name);
      highlights.clear();
      shown.clear();
    },
  };
}

/**
 * Fallback painter for browsers without custom highlights: absolutely positioned boxes in a
 * layer behind the text (`layer` must share the article's offset parent), for the passages near
 * the viewport. The article's own DOM is never touched; boxes are redrawn on resize and scroll.
 */
export function createOverlayPainter(map: DomTextMap, layer: HTMLElement): HighlightPainter {
  let current: PaintSet = paintSet([]);
  let activeId: string | null = null;
  const draw = () => {
    const origin = layer.getBoundingClientRect();
    const fragment = layer.ownerDocument.createDocumentFragment();
    const span = view.span ?? { start: 0, end: map.text.length };
    for (const item of current.index.overlapping(span.start, span.end)) {
      const range = map.toRange(item);
      // Environments without layout (jsdom) have no client rects: nothing to draw.
      if (!range || typeof range.getClientRects !== 'function') continue;
      for (const rect of Array.from(range.getClientRects())) {
        const box = layer.ownerDocument.createElement('div');
        box.className = `mg-box ${item.style}${item.id === activeId ? ` ${ACTIVE_STYLE}` : ''}`;
        box.style.cssText = `top:${rect.top - origin.top}px;left:${rect.left - origin.left}px;width:${rect.width}px;height:${rect.height}px`;
        fragment.append(box);
      }
    }
    layer.replaceChildren(fragment);
  };
  const view = watchViewport(map, draw);
  const onResize = () => draw();
  window.addEventListener('resize', onResize);
  return {
    paint(set, id) {
      current = set;
      activeId = id;
      draw();
    },
    dispose() {
      view.dispose();
      window.removeEventListener('resize', onResize);
      layer.replaceChildren();
    },
  };
}
