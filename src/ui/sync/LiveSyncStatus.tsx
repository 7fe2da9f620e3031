import { useSyncStore } from '../../state/sync-store';
import { syncStatusText } from './sync-words';

/** `Sync status` once sync is in use: on screen while a session runs, for screen readers while it is off. */
export function LiveSyncStatus() {
  const status = useSyncStore((s) => s.status);
  return (
    <span role="status" aria-label="Sync status" className={`sync-status sync-status--${status.kind}${status.kind === 'off' ? ' visually-hidden' : ''}`}>
      {syncStatusText(status)}
    </span>
  );
}
