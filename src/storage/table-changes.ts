import Dexie from 'dexie';

/**
 * Calls `callback` with the names of the tables of database `db` that a committed write changed,
 * made in this tab or in another (Dexie broadcasts every commit over a BroadcastChannel as its
 * global `storagemutated` event). Returns the function that stops listening. Callers learn table
 * names only; the format of Dexie's change keys (`idb://<database>/<table>/…`) stays here.
 */
export function onTablesChanged(db: Pick<Dexie, 'name'>, callback: (tables: ReadonlySet<string>) => void): () => void {
  const prefix = `idb://${db.name}/`;
  const onChange = (parts: Record<string, unknown>) => {
    const tables = new Set<string>();
    for (const key of Object.keys(parts)) {
      if (!key.startsWith(prefix)) continue;
      const table = key.slice(prefix.length).split('/')[0];
      if (table) tables.add(table);
    }
    if (tables.size > 0) callback(tables);
  };
  Dexie.on('storagemutated', onChange);
  return () => Dexie.on.storagemutated.unsubscribe(onChange);
}
