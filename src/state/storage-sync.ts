import { useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useEffect } from 'react';
import { onTablesChanged } from '../storage/table-changes';
import { queryKeys } from './keys';
import { isOwnEcho } from './own-writes';
import { useServices } from './services';

/** Which queries a change to each table makes stale. */
const STALE_BY_TABLE: Readonly<Record<string, readonly QueryKey[]>> = {
  annotations: [queryKeys.annotationsAll()],
  articles: [queryKeys.storedArticles(), queryKeys.articlesAll()],
  settings: [queryKeys.settingsAll()],
};

/**
 * Keeps this tab's queries in step with writes made in other tabs: a change to a table
 * (storage's onTablesChanged) refetches the queries that read it. The echo of this tab's own
 * save is skipped: the save has updated the cache itself (own-writes.ts).
 */
export function useStorageSync(): void {
  const { db } = useServices();
  const client = useQueryClient();
  useEffect(
    () =>
      onTablesChanged(db, (tables) => {
        for (const table of tables) {
          if (isOwnEcho(db, table)) continue;
          for (const queryKey of STALE_BY_TABLE[table] ?? []) void client.invalidateQueries({ queryKey });
        }
      }),
    [db, client],
  );
}
