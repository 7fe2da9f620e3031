import { useState } from 'react';
import { createPortal } from 'react-dom';
import { useSyncStore } from '../../state/sync-store';
import { DialogStandIn } from '../common/DialogStandIn';
import { lazyComponent } from '../common/lazy-component';
import { syncStatusText } from './sync-words';

/** The dialog, loaded when first opened (or when the reader points at its button). */
const LazySyncDialog = lazyComponent(
  () => import('./SyncDialog').then((m) => m.SyncDialog),
  ({ onClose }) => <DialogStandIn label="Opening sync…" onClose={onClose} />,
);

/**
 * The top bar's `Sync` button and the `Sync status` that always says where sync stands. While
 * sync is off the words are for screen readers only: an unused feature stays quiet on screen.
 */
export function SyncControl() {
  const [open, setOpen] = useState(false);
  const status = useSyncStore((s) => s.status);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)} onPointerEnter={LazySyncDialog.preload} onFocus={LazySyncDialog.preload}>
        Sync
      </button>
      <span role="status" aria-label="Sync status" className={`sync-status sync-status--${status.kind}${status.kind === 'off' ? ' visually-hidden' : ''}`}>
        {syncStatusText(status)}
      </span>
      {/* In the body: the top bar's backdrop-filter would otherwise hold the dialog's fixed backdrop inside the bar. */}
      {open && createPortal(<LazySyncDialog onClose={() => setOpen(false)} />, document.body)}
    </>
  );
}
