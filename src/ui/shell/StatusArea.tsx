import { useEffect } from 'react';
import { useUndoStore } from '../../state/undo-store';
import { LiveRegion } from '../common/LiveRegion';

/** How long an undo offer stays on screen (Ctrl+Z still works after it is gone). */
const UNDO_VISIBLE_MS = 10_000;

interface StatusAreaProps {
  error: string | null;
  onDismissError: () => void;
  onUndo: (id: number) => void;
}

/** The app's messages: errors in an `alert`, and a `status` offering Undo after a delete. */
export function StatusArea({ error, onDismissError, onUndo }: StatusAreaProps) {
  const toast = useUndoStore((s) => s.toast);
  const hideToast = useUndoStore((s) => s.hideToast);
  useEffect(() => {
    if (!toast) return;
    const timer = setTimeout(hideToast, UNDO_VISIBLE_MS);
    return () => clearTimeout(timer);
  }, [toast, hideToast]);

  return (
    <div className="status-area">
      <LiveRegion />
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
      <div role="status" className={toast ? 'toast' : 'visually-hidden'}>
        {toast && (
          <>
            <span>{toast.message}</span>
            <button type="button" onClick={() => onUndo(toast.id)} aria-keyshortcuts="Control+Z">
              Undo
            </button>
          </>
        )}
      </div>
    </div>
  );
}
