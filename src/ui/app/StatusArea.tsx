import { useEffect } from 'react';
import type { UndoOffer } from '../../state/ui-store';

/** How long an undo offer stays on screen. */
const UNDO_VISIBLE_MS = 10_000;

interface StatusAreaProps {
  error: string | null;
  onDismissError: () => void;
  undo: UndoOffer | null;
  onUndo: (offer: UndoOffer) => void;
  onDismissUndo: () => void;
}

/** The app's messages: errors in an `alert`, and a `status` offering Undo after a delete. */
export function StatusArea({ error, onDismissError, undo, onUndo, onDismissUndo }: StatusAreaProps) {
  useEffect(() => {
    if (!undo) return;
    const timer = setTimeout(onDismissUndo, UNDO_VISIBLE_MS);
    return () => clearTimeout(timer);
  }, [undo, onDismissUndo]);

  return (
    <div className="status-area">
      <div role="alert" className={error ? 'toast toast-error' : 'visually-hidden'}>
        {error && (
          <>
            <span>{error}</span>
            <button type="button" className="link-button" onClick={onDismissError}>
              Dismiss
            </button>
          </>
        )}
      </div>
      <div role="status" className={undo ? 'toast' : 'visually-hidden'}>
        {undo && (
          <>
            <span>{undo.message}</span>
            <button type="button" onClick={() => onUndo(undo)}>
              Undo
            </button>
          </>
        )}
      </div>
    </div>
  );
}
