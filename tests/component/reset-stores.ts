import { useAnnouncer } from '../../src/state/announcer-store';
import { useSyncStore } from '../../src/state/sync-store';
import { useSyncSwitch } from '../../src/state/sync-switch';
import { useUiStore } from '../../src/state/ui-store';
import { useUndoStore } from '../../src/state/undo-store';
import { useUnsavedStore } from '../../src/state/unsaved-store';
import { useUpdateStore } from '../../src/state/update-store';

/**
 * Puts every zustand store of the app back to the state it was created with (filters, the
 * announcer's message and the update notice included), so no test sees what another left.
 */
export function resetStores(): void {
  for (const store of [useUiStore, useUndoStore, useUnsavedStore, useAnnouncer, useUpdateStore, useSyncStore, useSyncSwitch] as const) {
    (store as { setState: (state: unknown, replace: true) => void; getInitialState: () => unknown }).setState(store.getInitialState(), true);
  }
}
