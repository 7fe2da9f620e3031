import { useEffect } from 'react';
import { create } from 'zustand';
import { useQueryClient } from '@tanstack/react-query';
import { useServices } from './services';
import { loadSavedSync } from './sync-settings';

/**
 * What the first page knows of sync without loading it: whether sync is in use on this device
 * (left on at the last visit, or the reader has opened `Sync`) and the reader's own name. The
 * sync store, its words and its dialog load only once it is in use (issue #18: the first page
 * grows by at most 1 KB with sync off).
 */
interface SyncSwitch {
  inUse: boolean;
  /** `Your name` as last saved (trimmed): new annotations carry it, and cards tell it from the team's. */
  ownName: string;
}

const saved = loadSavedSync();

export const useSyncSwitch = create<SyncSwitch>(() => ({
  inUse: saved?.active === true,
  ownName: saved?.settings.name.trim() ?? '',
}));

/** Sync's code is wanted from now on (the reader opened `Sync`). */
export function wantSync(): void {
  if (!useSyncSwitch.getState().inUse) useSyncSwitch.setState({ inUse: true });
}

/** `Your name`, stored on new annotations as their author; null when the reader gave none. */
export function authorName(): string | null {
  return useSyncSwitch.getState().ownName || null;
}

/** Connects again at start-up when the reader left sync on (nothing is sent before a first `Connect`). */
export function useSyncResume(): void {
  const { db } = useServices();
  const client = useQueryClient();
  useEffect(() => {
    if (!loadSavedSync()?.active) return;
    void import('./sync-store').then(({ useSyncStore }) => useSyncStore.getState().resume({ db, client }));
  }, [db, client]);
}
