import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { addArticle } from '../../src/storage/articles';
import { putAnnotation } from '../../src/storage/annotations';
import { createDb, type MarginaliaDb } from '../../src/storage/db';
import { onTablesChanged } from '../../src/storage/table-changes';
import { annotationFor } from './support/library-fixtures';

let counter = 0;
/** An opened database: opening a new one reports every table as changed once (Dexie's open), which is not a write. */
async function freshDb() {
  const db = createDb(`table-changes-${++counter}`);
  await db.open();
  return db;
}

/** Collects what onTablesChanged reports for `db` while `write` runs, then stops listening. */
async function reportedDuring(db: MarginaliaDb, write: () => Promise<unknown>): Promise<string[][]> {
  const calls: string[][] = [];
  const stop = onTablesChanged(db, (tables) => calls.push([...tables].sort()));
  await write();
  stop();
  return calls;
}

describe('onTablesChanged', () => {
  it('names the table a committed write changed, by name only', async () => {
    const db = await freshDb();
    expect(await reportedDuring(db, () => putAnnotation(db, annotationFor('a-1', 'urn:uuid:t-1')))).toEqual([['annotations']]);
    expect(
      await reportedDuring(db, () => addArticle(db, { id: 'a-1', iri: 'urn:marginalia:article:a-1', title: 'T', blocks: [{ kind: 'paragraph', text: 'Some text.' }] }, new Date('2026-02-01T00:00:00Z'))),
    ).toEqual([['articles']]);
  });

  it('reports both tables of one transaction together', async () => {
    const db = await freshDb();
    const calls = await reportedDuring(db, () =>
      db.transaction('rw', db.annotations, db.articles, async () => {
        await db.annotations.put({ ...annotationFor('a-2', 'urn:uuid:t-2'), articleId: 'a-2' });
        await db.articles.put({ id: 'a-2', iri: 'urn:marginalia:article:a-2', title: 'T', blocks: [], added: '2026-02-01T00:00:00.000Z' });
      }),
    );
    expect(calls).toEqual([['annotations', 'articles']]);
  });

  it('hears nothing of another database, and nothing once stopped', async () => {
    const db = await freshDb();
    const other = await freshDb();
    expect(await reportedDuring(db, () => putAnnotation(other, annotationFor('a-3', 'urn:uuid:t-3')))).toEqual([]);
    const calls: unknown[] = [];
    onTablesChanged(db, (tables) => calls.push(tables))();
    await putAnnotation(db, annotationFor('a-3', 'urn:uuid:t-4'));
    expect(calls).toEqual([]);
  });
});
