import { useEffect, useRef } from 'react';
import { isTypingTarget } from '../common/is-typing-target';

export interface ReaderShortcuts {
  highlight: () => void;
  note: () => void;
  factCheck: () => void;
  dismiss: () => void;
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
