import { createDb, DB_NAME, type MarginaliaDb } from './db';

/** Where annotations are kept for this session. */
export type StorageMode = { kind: 'persistent' } | { kind: 'memory'; reason: string };

export interface OpenedStorage {
  db: MarginaliaDb;
  mode: StorageMode;
}

/**
 * Opens the browser's IndexedDB; when it cannot be opened (disabled, private mode, a broken
 * profile), falls back to an in-memory IndexedDB so the app still works for this session. The
 * in-memory implementation (fake-indexeddb) is loaded only then, so it costs nothing otherwise.
 * `onBlocked` is told when another tab's connection keeps the open waiting.
 */
export async function openStorage(name: string = DB_NAME, factory?: IDBFactory | null, onBlocked?: () => void): Promise<OpenedStorage> {
  try {
    // Read inside the try: some browsers throw on merely reading `indexedDB` when storage is disabled.
    const idb = factory === undefined ? globalThis.indexedDB : factory;
    if (!idb) throw new Error('this browser offers no IndexedDB');
    const db = createDb(name, { indexedDB: idb, IDBKeyRange: globalThis.IDBKeyRange });
    // A tab of an older version that never lets go of the database holds this open until it
    // closes: the page says so (onBlocked) rather than wait in silence.
    db.on('blocked', () => onBlocked?.());
    await db.open();
    return { db, mode: { kind: 'persistent' } };
  } catch (error) {
    const memory = await import('fake-indexeddb');
    const db = createDb(name, { indexedDB: memory.indexedDB, IDBKeyRange: memory.IDBKeyRange });
    await db.open();
    return { db, mode: { kind: 'memory', reason: reasonOf(error) } };
  }
}

function reasonOf(error: unknown): string {
  if (error instanceof Error) {
    const inner = (error as Error & { inner?: unknown }).inner;
    return inner instanceof Error && inner.message ? inner.message : error.message || error.name;
  }
  return String(error);
}

export type Persistence = 'granted' | 'not-granted' | 'unsupported';

/**
 * Asks the browser to keep this site's storage even when space runs low, and says whether it
 * agreed. Browsers decide by their own rules (Chromium grants it to sites used often or
 * installed); asking is harmless.
 */
export async function requestPersistence(): Promise<Persistence> {
  const storage = typeof navigator !== 'undefined' ? navigator.storage : undefined;
  if (!storage?.persist) return 'unsupported';
  try {
    if (await storage.persisted()) return 'granted';
    return (await storage.persist()) ? 'granted' : 'not-granted';
  } catch {
    return 'not-granted';
  }
}
