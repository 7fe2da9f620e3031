import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { compressLocalDocs } from '../../src/sync/compress-local-docs';
import { openLocalDocs } from '../../src/sync/local-docs';

/** How many update rows each document has stored (y-dexie keeps them in a table of their own). */
async function updateRows(name: string): Promise<number> {
  const db = new Dexie(name);
  await db.open();
  try {
    const table = db.tables.find((t) => t.name.includes('updates'));
    if (!table) throw new Error(`no updates table in ${db.tables.map((t) => t.name).join(', ')}`);
    // Row 0 is y-dexie's own bookkeeping, not an update.
    return await table.where('i').above(0).count();
  } finally {
    db.close();
  }
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

describe('compressLocalDocs (what the compression worker runs)', () => {
  it('folds a document’s many stored updates into one, and the document reloads the same', async () => {
    const name = 'compress-test-docs';
    const docs = openLocalDocs(name);
    const doc = await docs.open('article:one');
    for (let i = 0; i < 40; i++) doc.getMap('annotations').set(`a${i}`, `note ${i}`);
    await settle();
    docs.close();
    expect(await updateRows(name)).toBeGreaterThanOrEqual(40);

    await compressLocalDocs(name);
    expect(await updateRows(name)).toBe(1);

    const again = openLocalDocs(name);
    const reloaded = await again.open('article:one');
    expect(reloaded.getMap('annotations').toJSON()).toEqual(Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`a${i}`, `note ${i}`])));
    again.close();
  });
});
