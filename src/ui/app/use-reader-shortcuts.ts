import { useEffect, useRef } from 'react';

export interface ReaderShortcuts {
  highlight: () => void;
  note: () => void;
  factCheck: () => void;
  dismiss: () => void;
}

/** True when a key press belongs to a field the user is typing in. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.closest('input, textarea, select, [contenteditable="true"]') !== null;
}

/**
 * Keys of the reader (see UI-CONTRACT.md): with text selected, `h` highlights, `n` opens a note,
 * `f` a fact-check; `Escape` drops the selection. Never while typing in a field, and never with
 * a modifier held (so the browser's own shortcuts keep working).
 */
export function useReaderShortcuts(enabled: boolean, hasSelection: boolean, actions: ReaderShortcuts): void {
  const ref = useRef(actions);
  ref.current = actions;
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || isTypingTarget(event.target)) return;
      if (!hasSelection) return;
      const action = { h: ref.current.highlight, n: ref.current.note, f: ref.current.factCheck, Escape: ref.current.dismiss }[event.key];
      if (!action) return;
      event.preventDefault();
      action();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [enabled, hasSelection]);
}
