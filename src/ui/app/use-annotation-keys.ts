import { useEffect, useRef } from 'react';
import { isTypingTarget } from '../common/is-typing-target';

export interface NavigableAnnotation {
  id: string;
  start: number;
}

/**
 * `]` / `[` move to the next / previous annotation in the text (after or before the active one)
 * and hand it to `go`, which activates it, scrolls to it and announces it. Not while typing or
 * with a dialog open.
 */
export function useAnnotationKeys(items: readonly NavigableAnnotation[], activeId: string | null, go: (id: string, index: number, total: number) => void): void {
  const state = useRef({ items, activeId, go });
  state.current = { items, activeId, go };
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if ((event.key !== ']' && event.key !== '[') || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
      if (isTypingTarget(event.target) || document.querySelector('[role="dialog"]')) return;
      const { items, activeId, go } = state.current;
      // `items` come in text order (useAnchors sorts them once).
      const ordered = items;
      if (ordered.length === 0) return;
      const at = ordered.findIndex((i) => i.id === activeId);
      const index = event.key === ']' ? (at === -1 ? 0 : Math.min(at + 1, ordered.length - 1)) : at === -1 ? ordered.length - 1 : Math.max(at - 1, 0);
      event.preventDefault();
      go((ordered[index] as NavigableAnnotation).id, index, ordered.length);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
