import Dexie, { type EntityTable } from 'dexie';
import yDexie, { DexieYProvider } from 'y-dexie';
import type * as Y from 'yjs';
import { defineDocsSchema, SYNC_DB_NAME } from './local-docs-schema';
import { compressPeriodically } from './periodic-compression';

/** This device's copies of the team's documents, kept in IndexedDB through y-dexie. */
export interface LocalDocs {
  /** The document named `name`, loaded from this device's copy before it resolves. */
  open: (name: string) => Promise<Y.Doc>;
  /** Lets go of every document opened (y-dexie stops observing them). */
  close: () => void;
}

interface DocRow {
  name: string;
  doc: Y.Doc;
}

type SyncDocsDb = Dexie & { docs: EntityTable<DocRow, 'name'> };

/**
 * Opens this device's store of documents. Every update a document receives, from this device or
 * from the server, is kept, so changes made offline survive a reload and are sent once the server
 * is reached. `backend` is another IndexedDB (tests).
 *
 * The updates are folded together now and then. In a browser that runs in a worker
 * (periodic-compression.ts): y-dexie's own GC decodes and re-encodes a whole document on the
 * page, over half a second for 10,000 annotations (sync-paint bench). Without workers (Node,
 * tests) y-dexie's GC does it here.
 */
export function openLocalDocs(name: string = SYNC_DB_NAME, backend?: { indexedDB: IDBFactory; IDBKeyRange: typeof IDBKeyRange }): LocalDocs {
  const inWorker = typeof Worker !== 'undefined' && !backend;
  const db = new Dexie(name, { addons: [inWorker ? (yDexie({ gc: false }) as (db: Dexie) => void) : yDexie], ...(backend ?? {}) }) as SyncDocsDb;
  defineDocsSchema(db);
  const stopCompressing = inWorker ? compressPeriodically(name) : () => undefined;
  const opened = new Map<string, Promise<Y.Doc>>();
  return {
    open: (docName) => {
      let doc = opened.get(docName);
      if (!doc) {
        doc = (async () => {
          // y-dexie keeps a document only while its row exists (a deleted row destroys it).
          if (!(await db.docs.get(docName))) await db.docs.put({ name: docName } as DocRow);
          const y = DexieYProvider.getOrCreateDocument(db, 'docs', 'doc', docName);
          await DexieYProvider.load(y).whenLoaded;
          return y;
        })();
        opened.set(docName, doc);
      }
      return doc;
    },
    close: () => {
      stopCompressing();
      for (const doc of opened.values()) void doc.then((y) => DexieYProvider.release(y), () => undefined);
      opened.clear();
      db.close();
    },
  };
}
