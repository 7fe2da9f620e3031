import { create } from 'zustand';
import type { QueryClient } from '@tanstack/react-query';
import type { MarginaliaDb } from '../storage/db';
import type { ArticleSyncInfo } from '../sync/bridge';
import type { LostFieldChange } from '../sync/annotation-doc';
import type { SyncSession, SyncSettings, SyncState } from '../sync/session';
import { deviceId, loadSavedSync, saveSync, type SavedSync } from './sync-settings';
import { storeArrivedChanges } from './arrived-changes';
import { useSyncSwitch } from './sync-switch';

export type { LostFieldChange, SyncSettings };

/** This tab's storage and the query cache the screen reads: what arrives goes into both. */
export interface SyncLocal {
  db: MarginaliaDb;
  client: QueryClient;
}

/** Where sync stands for the screen: off, or what the session says. */
export type SyncStatus = { kind: 'off' } | SyncState;

interface SyncStore {
  saved: SavedSync | null;
  status: SyncStatus;
  /** What the cards show from sync (lost concurrent changes, annotations not shared), by article. */
  info: Record<string, ArticleSyncInfo>;
  /** Saves the settings and connects (stopping any session before). Nothing is sent before this. */
  connect: (local: SyncLocal, settings: SyncSettings) => Promise<void>;
  /** Stops the session and remembers that sync is off; this device's annotations stay. */
  disconnect: () => Promise<void>;
  /** Connects again if the reader left sync on at the last visit. */
  resume: (local: SyncLocal) => Promise<void>;
}

let session: SyncSession | null = null;
/** Each start gets a number; a late answer of an older start is ignored. */
let generation = 0;

export const useSyncStore = create<SyncStore>((set, get) => {
  const start = async ({ db, client }: SyncLocal, saved: SavedSync): Promise<void> => {
    const mine = ++generation;
    await session?.stop();
    session = null;
    set({ status: { kind: 'connecting' }, info: {} });
    try {
      // yjs, y-dexie and the provider load only now: the first page never carries them.
      const { startDeviceSync } = await import('../sync/start-device');
      if (mine !== generation) return;
      const started = await startDeviceSync({
        db,
        store: storeArrivedChanges(db, client),
        settings: saved.settings,
        device: deviceId(),
        knownReadOnly: saved.readOnly,
        onState: (state) => {
          if (mine !== generation) return;
          set({ status: state });
          // A wrong key stays wrong: the next visit does not knock again.
          if (state.kind === 'refused' && !state.readOnly) remember({ active: false });
        },
        onScope: (readOnly) => mine === generation && remember({ readOnly }),
        onInfo: (articleId, info) => mine === generation && set((s) => ({ info: { ...s.info, [articleId]: info } })),
      });
      if (mine !== generation) {
        await started.stop();
        return;
      }
      session = started;
      set({ status: started.state() });
    } catch (error) {
      if (mine !== generation) return;
      set({ status: { kind: 'refused', reason: `sync could not start (${error instanceof Error ? error.message : String(error)})`, readOnly: false } });
    }
  };

  const remember = (change: Partial<SavedSync>): void => {
    const saved = get().saved;
    if (!saved) return;
    const next = { ...saved, ...change };
    saveSync(next);
    set({ saved: next });
  };

  return {
    saved: loadSavedSync(),
    status: { kind: 'off' },
    info: {},
    connect: async (local, settings) => {
      const before = get().saved;
      const sameKey = before?.settings.url === settings.url && before.settings.key === settings.key;
      const saved: SavedSync = { settings, active: true, readOnly: sameKey ? before.readOnly : null };
      saveSync(saved);
      set({ saved });
      useSyncSwitch.setState({ inUse: true, ownName: settings.name.trim() });
      await start(local, saved);
    },
    disconnect: async () => {
      generation++;
      remember({ active: false });
      const running = session;
      session = null;
      set({ status: { kind: 'off' }, info: {} });
      await running?.stop();
    },
    resume: async (local) => {
      const saved = get().saved;
      if (saved?.active && !session && get().status.kind === 'off') await start(local, saved);
    },
  };
});

/** The concurrent changes of one annotation that lost, for its card (the same array until they change). */
export function useLostChanges(articleId: string, annotationId: string): readonly LostFieldChange[] | undefined {
  return useSyncStore((s) => s.info[articleId]?.lost.get(annotationId));
}

/** Whether one of this device's annotations stays here, not shared (a read-only key). */
export function useNotShared(articleId: string, annotationId: string): boolean {
  return useSyncStore((s) => s.info[articleId]?.notShared.has(annotationId) ?? false);
}
