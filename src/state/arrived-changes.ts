import type { QueryClient } from '@tanstack/react-query';
import { mergeChanges } from '../core/model/merge-changes';
import type { MarginaliaDb } from '../storage/db';
import { applyMirroredChanges, type MirroredChange } from '../storage/mirror';
import { changeCachedList } from './annotations';
import { ownWrite } from './own-writes';

/**
 * How sync stores what arrives from other devices in this tab: written to Dexie as this tab's
 * own write, then put into the article's list on screen. A teammate's one change then costs the
 * reader a merge of one annotation, not a re-read of the article's 10,000 (sync-paint bench).
 */
export function storeArrivedChanges(db: MarginaliaDb, client: QueryClient): (change: MirroredChange) => Promise<void> {
  return async (change) => {
    const { articleId, puts, deletes } = change;
    if (puts.length === 0 && deletes.length === 0) return applyMirroredChanges(db, change);
    // Its echo is taken for this tab's own: the list is changed below instead of read again.
    await ownWrite(db, 'annotations', () => applyMirroredChanges(db, change));
    await changeCachedList(client, articleId, (list) => mergeChanges(list, puts, deletes));
  };
}
