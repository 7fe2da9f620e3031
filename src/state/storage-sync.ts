import { useQueryClient, type QueryKey } from '@tanstack/react-query';
import Dexie from 'dexie';
import { useEffect } from 'react';
import { queryKeys } from './keys';
import { isOwnEcho } from './own-writes';
import { useServices } from './services';

/** Which queries a change to each table makes stale. */
const STALE_BY_TABLE: Readonly<Record<string, readonly QueryKey[]>> = {
  annotations: [queryKeys.annotationsAll()],
  articles: [queryKeys.storedArticles(), queryKeys.articlesAll()],
};

/**
 * Keeps this tab's queries in step with writes made in other tabs. Dexie broadcasts every
 * committed change (over a BroadcastChannel) as its global `storagemutated` event, keyed by
 * `idb://<database>/<table>/…`; a change to a table refetches the queries that read it. The
 * echo of this tab's own save is skipped: the save has updated the cache itself (own-writes.ts).
 */
export function useStorageSync(): void {
  const { db } = useServices();
  const client = useQueryClient();
  useEffect(() => {
    const prefix = `idb://${db.name}/`;
    const onChange = (parts: Record<string, unknown>) => {
      const tables = new Set(Object.keys(parts).flatMap((key) => (key.startsWith(prefix) ? [key.slice(prefix.length).split('/')[0] ?? ''] : [])));
      for (const table of tables) {
        if (isOwnEcho(db, table)) continue;
        for (const queryKey of STALE_BY_TABLE[table] ?? []) void client.invalidateQueries({ queryKey });
      }
    };
    Dexie.on('storagemutated', onChange);
    return () => Dexie.on.storagemutated.unsubscribe(onChange);
  }, [db, client]);
}
