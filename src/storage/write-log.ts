import Dexie, { type DBCore, type DBCoreMutateRequest, type Middleware } from 'dexie';

/** The ids of one table that a write of this tab put or deleted; `all` when it cannot say (a range delete, a clear). */
export interface TableWrite {
  table: string;
  ids: string[] | 'all';
  /** Made by markMirrored's transaction: what arrived from elsewhere, not the reader's own change. */
  mirrored: boolean;
}

type Listener = (write: TableWrite) => void;
const listenersBy = new WeakMap<object, Set<Listener>>();
/** IndexedDB transactions that store what sync brought in. */
const mirroredTransactions = new WeakSet<object>();

/**
 * Marks the Dexie transaction this runs in as storing what arrived from other devices, so that
 * sync does not take those writes for the reader's own and send them back: by the time it would,
 * a newer change may have arrived, which the echo would undo everywhere.
 */
export function markMirrored(): void {
  const transaction = Dexie.currentTransaction?.idbtrans;
  if (transaction) mirroredTransactions.add(transaction);
}

/**
 * A Dexie middleware that reports which records each write of this tab touched, by id. Sync
 * mirrors exactly those into its documents instead of reading 10,000 annotations after every
 * save (Dexie's own change events name only ranges here). Costs one lookup per write while
 * nobody listens. Registered by createDb, since Dexie builds its middleware stack on open.
 */
export function writeLogMiddleware(db: Dexie): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'marginalia-write-log',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return {
          ...table,
          mutate: async (req) => {
            const result = await table.mutate(req);
            const listeners = listenersBy.get(db);
            if (listeners && listeners.size > 0) {
              const write: TableWrite = { table: name, ids: touchedIds(req, table.schema.primaryKey.keyPath), mirrored: mirroredTransactions.has(req.trans) };
              // Told once the transaction has committed, and outside it: a listener reads other tables.
              // (Dexie's DBCore transaction is the IndexedDB one, the browser's or fake-indexeddb's.)
              (req.trans as unknown as IDBTransaction).addEventListener('complete', () => Dexie.ignoreTransaction(() => listeners.forEach((listener) => listener(write))));
            }
            return result;
          },
        };
      },
    }),
  };
}

/** Calls `listener` after each committed write of this tab to `db`, with the ids it touched. Returns the unsubscribe. */
export function onWrites(db: Dexie, listener: Listener): () => void {
  let listeners = listenersBy.get(db);
  if (!listeners) listenersBy.set(db, (listeners = new Set()));
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function touchedIds(req: DBCoreMutateRequest, keyPath: string | string[] | null | undefined): string[] | 'all' {
  if (req.type === 'deleteRange') return 'all';
  if (req.type === 'delete') return req.keys.map(String);
  // Every table of ours keys its records by one inbound property (`id`, or the settings' `key`).
  const property = typeof keyPath === 'string' ? keyPath : 'id';
  return req.values.map((v) => String((v as Record<string, unknown>)[property]));
}
