import type { TextSpan } from '../../core/anchoring/describe';
import type { DomTextMap } from './dom-offsets';
import { ACTIVE_STYLE } from './paint-style';

export interface PaintItem extends TextSpan {
  id: string;
  style: string;
}

/** Paints annotated spans over the article without changing the article's DOM. */
export interface HighlightPainter {
  paint(items: readonly PaintItem[], activeId: string | null): void;
  dispose(): void;
}

type HighlightCtor = new (...ranges: Range[]) => { priority: number; add(range: Range): void };
interface HighlightRegistry {
  set(name: string, highlight: unknown): void;
  delete(name: string): boolean;
}

/** True when the browser has the CSS Custom Highlight API. */
export function hasCustomHighlights(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof (globalThis as { Highlight?: unknown }).Highlight === 'function';
}

/**
 * Painter on the CSS Custom Highlight API: one named Highlight per style, holding live Ranges.
 * The active annotation gets its own highlight with a higher priority so it reads on top of
 * any overlap.
 */
export function createCustomHighlightPainter(map: DomTextMap): HighlightPainter {
  const registry = (CSS as unknown as { highlights: HighlightRegistry }).highlights;
  const Highlight = (globalThis as unknown as { Highlight: HighlightCtor }).Highlight;
  let names: string[] = [];
  const clear = () => {
    for (const name of names) registry.delete(name);
    names = [];
  };
  return {
    paint(items, activeId) {
      clear();
      const byStyle = new Map<string, Range[]>();
      const active: Range[] = [];
      for (const item of items) {
        const range = map.toRange(item);
        if (!range) continue;
        const list = byStyle.get(item.style) ?? [];
        list.push(range);
        byStyle.set(item.style, list);
        if (item.id === activeId) active.push(map.toRange(item) as Range);
      }
      for (const [style, ranges] of byStyle) {
        registry.set(style, new Highlight(...ranges));
        names.push(style);
      }
      if (active.length > 0) {
        const highlight = new Highlight(...active);
        highlight.priority = 10;
        registry.set(ACTIVE_STYLE, highlight);
        names.push(ACTIVE_STYLE);
      }
    },
    dispose: clear,
  };
}

/**
 * Fallback painter for browsers without custom highlights: absolutely positioned boxes in a
 * layer behind the text (`layer` must share the article's offset parent). The article's own DOM
 * is never touched; boxes are redrawn on resize.
 */
export function createOverlayPainter(map: DomTextMap, layer: HTMLElement): HighlightPainter {
  let last: { items: readonly PaintItem[]; activeId: string | null } = { items: [], activeId: null };
  const draw = () => {
    const origin = layer.getBoundingClientRect();
    const fragment = layer.ownerDocument.createDocumentFragment();
    for (const item of last.items) {
      const range = map.toRange(item);
      // Environments without layout (jsdom) have no client rects: nothing to draw.
      if (!range || typeof range.getClientRects !== 'function') continue;
      for (const rect of Array.from(range.getClientRects())) {
        const box = layer.ownerDocument.createElement('div');
        box.className = `mg-box ${item.style}${item.id === last.activeId ? ` ${ACTIVE_STYLE}` : ''}`;
        box.style.cssText = `top:${rect.top - origin.top}px;left:${rect.left - origin.left}px;width:${rect.width}px;height:${rect.height}px`;
        fragment.append(box);
      }
    }
    layer.replaceChildren(fragment);
  };
  const onResize = () => draw();
  window.addEventListener('resize', onResize);
  return {
    paint(items, activeId) {
      last = { items, activeId };
      draw();
    },
    dispose() {
      window.removeEventListener('resize', onResize);
      layer.replaceChildren();
    },
  };
}
