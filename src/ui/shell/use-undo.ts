import { useCallback } from 'react';
import { useUiStore } from '../../state/ui-store';
import { useUndoStore } from '../../state/undo-store';
import { useShortcut } from './keymap';

/**
 * Undoes the latest change (or the one with this id) and reports a failure in the app's alert.
 * Ctrl+Z / Cmd+Z calls it too (the keymap's `undo`), except in text fields, where the browser's
 * own undo applies.
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

  useShortcut('undo', () => void undo());

  return undo;
}
