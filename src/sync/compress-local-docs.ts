import Dexie from 'dexie';
import yDexie, { compressYDocs } from 'y-dexie';
import { defineDocsSchema } from './local-docs-schema';

type Backend = { indexedDB: IDBFactory; IDBKeyRange: typeof IDBKeyRange };

/**
 * Folds each stored document's updates into one (what y-dexie's own periodic GC does), through
 * a connection of its own: run in a worker, the decoding of a 10,000-annotation document (half
 * a second and more) never holds up the page. The page's open documents are not touched: only
 * their stored copy gets shorter to load.
 */
export async function compressLocalDocs(name: string, backend?: Backend): Promise<void> {
  const db = new Dexie(name, { addons: [yDexie({ gc: false }) as (db: Dexie) => void], ...(backend ?? {}) });
  defineDocsSchema(db);
  try {
    await compressYDocs(db);
  } finally {
    db.close();
  }
}
