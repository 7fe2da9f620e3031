import { useCallback, useEffect } from 'react';
import { useUiStore } from '../../state/ui-store';
import { useUndoStore } from '../../state/undo-store';
import { isTypingTarget } from '../common/is-typing-target';

/**
 * Undoes the latest change (or the one with this id) and reports a failure in the app's alert.
 * Ctrl+Z / Cmd+Z calls it too, except in text fields, where the browser's own undo applies.
 */
export function useUndo(): (id?: number) => Promise<void> {
  const take = useUndoStore((s) => s.take);
  const showError = useUiStore((s) => s.showError);
  const undo = useCallback(
    async (id?: number) => {
      const entry = take(id);
      if (!entry) return;
      try {
        await entry.revert();
      } catch (error) {
        showError(`That change could not be undone (${error instanceof Error ? error.message : String(error)}).`);
      }
    },
    [take, showError],
  );

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key.toLowerCase() !== 'z' || !(event.ctrlKey || event.metaKey) || event.shiftKey || event.altKey) return;
      if (event.defaultPrevented || isTypingTarget(event.target) || document.querySelector('[role="dialog"]')) return;
      event.preventDefault();
      void undo();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [undo]);

  return undo;
}
