import { useShortcut } from '../shell/keymap';

export interface NavigableAnnotation {
  id: string;
  start: number;
}

/**
 * `]` / `[` move to the next / previous annotation in the text (after or before the active one)
 * and hand it to `go`, which activates it, scrolls to it and announces it. Bound in the keymap,
 * whose guard keeps them out of fields and from behind dialogs.
 */
export function useAnnotationKeys(items: readonly NavigableAnnotation[], activeId: string | null, go: (id: string, index: number, total: number) => void): void {
  // `items` come in text order (useAnchors sorts them once).
  const step = (forward: boolean): boolean => {
    if (items.length === 0) return false;
    const at = items.findIndex((i) => i.id === activeId);
    const index = forward ? (at === -1 ? 0 : Math.min(at + 1, items.length - 1)) : at === -1 ? items.length - 1 : Math.max(at - 1, 0);
    go((items[index] as NavigableAnnotation).id, index, items.length);
    return true;
  };
  useShortcut('next-annotation', () => step(true));
  useShortcut('previous-annotation', () => step(false));
}
