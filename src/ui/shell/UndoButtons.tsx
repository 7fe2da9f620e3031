import { useUndoStore } from '../../state/undo-store';
import { useUndoActions } from './use-undo';

/**
 * `Undo last change` and `Redo last undone change`: the same history as Ctrl+Z and
 * Ctrl+Shift+Z, for pointer and touch, each saying in its tooltip what it would undo or redo,
 * and disabled when there is nothing to.
 */
export function UndoButtons() {
  const { undo, redo } = useUndoActions();
  const latest = useUndoStore((s) => s.stack[s.stack.length - 1]);
  const undone = useUndoStore((s) => s.redoStack[s.redoStack.length - 1]);
  const redoable = undone?.redo ? undone : undefined;
  return (
    <span className="undo-buttons" role="group" aria-label="History">
      <button type="button" className="icon-button" onClick={() => void undo()} disabled={!latest} aria-keyshortcuts="Control+Z" title={latest ? `Undo: ${latest.message}` : 'Nothing to undo'}>
        <span aria-hidden="true">↶</span>
        <span className="visually-hidden">Undo last change</span>
      </button>
      <button type="button" className="icon-button" onClick={() => void redo()} disabled={!redoable} aria-keyshortcuts="Control+Shift+Z" title={redoable ? `Redo: ${redoable.message}` : 'Nothing to redo'}>
        <span aria-hidden="true">↷</span>
        <span className="visually-hidden">Redo last undone change</span>
      </button>
    </span>
  );
}
