import { useCallback } from 'react';
import { useUiStore } from '../../state/ui-store';
import { useUndoStore } from '../../state/undo-store';
import { useShortcut } from './keymap';

/**
 * Undoes the latest change (or the one with this id) and makes the latest undone change again,
 * reporting a failure in the app's alert. For the buttons and the status message's `Undo`; the
 * keys are bound once, by useUndo.
 */
export function useUndoActions(): { undo: (id?: number) => Promise<void>; redo: () => Promise<void> } {
  const showError = useUiStore((s) => s.showError);
  const undo = useCallback(
    async (id?: number) => {
      const store = useUndoStore.getState();
      const entry = store.take(id);
      if (!entry) return;
      // Moved to the other history at once: a redo (or the next undo) pressed before the write
      // lands must find the history already as it will be.
      store.undone(entry);
      try {
        await entry.revert();
      } catch (error) {
        store.discard(entry);
        showError(`That change could not be undone (${error instanceof Error ? error.message : String(error)}).`);
      }
    },
    [showError],
  );
  const redo = useCallback(async () => {
    const store = useUndoStore.getState();
    const entry = store.takeRedo();
    if (!entry?.redo) return;
    store.redone(entry);
    try {
      await entry.redo();
    } catch (error) {
      store.discard(entry);
      showError(`That change could not be made again (${error instanceof Error ? error.message : String(error)}).`);
    }
  }, [showError]);
  return { undo, redo };
}

/**
 * Undo for a page: Ctrl+Z / Cmd+Z (the keymap's `undo`) and Ctrl+Shift+Z / Ctrl+Y (`redo`),
 * except in text fields, where the browser's own undo applies. Returns the undo, for the status
 * message's `Undo` button.
 */
export function useUndo(): (id?: number) => Promise<void> {
  const { undo, redo } = useUndoActions();
  useShortcut('undo', () => void undo());
  useShortcut('redo', () => void redo());
  return undo;
}
