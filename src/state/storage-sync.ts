import { useQueryClient } from '@tanstack/react-query';
import Dexie from 'dexie';
import { useEffect } from 'react';
import { queryKeys } from './keys';
import { useServices } from './services';

/**
 * Keeps this tab's annotation queries in step with writes made in other tabs. Dexie broadcasts
 * every committed change (over a BroadcastChannel) as its global `storagemutated` event, keyed by
 * `idb://<database>/<table>/…`; a change to our annotations table refetches them.
 */
export function useStorageSync(): void {
  const { db } = useServices();
  const client = useQueryClient();
  useEffect(() => {
    const prefix = `idb://${db.name}/annotations/`;
    const onChange = (parts: Record<string, unknown>) => {
      if (Object.keys(parts).some((key) => key.startsWith(prefix))) {
        void client.invalidateQueries({ queryKey: queryKeys.annotationsAll() });
      }
    };
    Dexie.on('storagemutated', onChange);
    return () => Dexie.on.storagemutated.unsubscribe(onChange);
  }, [db, client]);
}
