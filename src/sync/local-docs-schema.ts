import type Dexie from 'dexie';

/** The database of the documents: its own, so that the app's database never needs y-dexie (or yjs) to open. */
export const SYNC_DB_NAME = 'marginalia-sync';

/** One row per document; y-dexie keeps each document's updates in a table of its own beside it. */
export function defineDocsSchema(db: Dexie): void {
  db.version(1).stores({ docs: 'name, doc: Y.Doc' });
}
