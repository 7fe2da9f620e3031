import { useState } from 'react';
import { useSyncSwitch, wantSync } from '../../state/sync-switch';
import { DialogStandIn } from '../common/DialogStandIn';
import { lazyComponent } from '../common/lazy-component';

/** The dialog, loaded when first opened (or when the reader points at its button). */
const LazySyncDialog = lazyComponent(
  () => import('./SyncDialog').then((m) => m.SyncDialog),
  ({ onClose }) => <DialogStandIn label="Opening sync…" onClose={onClose} />,
);

/** What the status says while sync is off: its code has not loaded, and need not. */
function StatusWhileOff() {
  return (
    <span role="status" aria-label="Sync status" className="sync-status sync-status--off visually-hidden">
      Not connected
    </span>
  );
}

/** The status as the running sync tells it, loaded once sync is in use. */
const LiveSyncStatus = lazyComponent(() => import('./LiveSyncStatus').then((m) => m.LiveSyncStatus), StatusWhileOff);

/**
 * The top bar's `Sync` button and the `Sync status` that always says where sync stands. While
 * sync is off the words are for screen readers only: an unused feature stays quiet on screen.
 */
export function SyncControl() {
  const [open, setOpen] = useState(false);
  const inUse = useSyncSwitch((s) => s.inUse);
  const onOpen = () => {
    wantSync();
    setOpen(true);
  };
  return (
    <>
      <button type="button" onClick={onOpen} onPointerEnter={LazySyncDialog.preload} onFocus={LazySyncDialog.preload}>
        Sync
      </button>
      {inUse ? <LiveSyncStatus /> : <StatusWhileOff />}
      {open && <LazySyncDialog onClose={() => setOpen(false)} />}
    </>
  );
}
