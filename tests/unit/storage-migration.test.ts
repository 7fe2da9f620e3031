import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import v1Records from '../fixtures/storage-v1-annotations.json';
import { listAnnotations } from '../../src/storage/annotations';
import { addArticle, listEveryAnnotation } from '../../src/storage/articles';
import { createDb } from '../../src/storage/db';
import { getPublisher, getReportUrl, putPublisher, putReportUrl } from '../../src/storage/settings';

/**
 * A database as schema version 1 wrote it: the annotations table only. The records are a
 * fixture kept forever (tests/fixtures/storage-v1-annotations.json), not made by current code.
 */
async function writeVersion1(name: string): Promise<void> {
  const old = new Dexie(name);
  old.version(1).stores({ annotations: 'id, articleId, modified' });
  await old.table('annotations').bulkAdd(structuredClone(v1Records));
  old.close();
}

describe('opening a version 1 database with the current schema', () => {
  it('upgrades it to the current version (4) and finds every annotation intact', async () => {
    await writeVersion1('migration-v1-intact');
    const db = createDb('migration-v1-intact');
    await db.open();
    expect(db.verno).toBe(4);
    expect(await db.annotations.toArray()).toEqual(v1Records);
    const { articleId: _index, ...factCheck } = v1Records[1] as (typeof v1Records)[number];
    expect((await listAnnotations(db, 'press-tv-washington-asked-moscow-nusra')).find((a) => a.id === factCheck.id)).toEqual(factCheck);
    expect(await listEveryAnnotation(db)).toHaveLength(3);
    db.close();
  });

  it('adds an empty articles table that takes articles', async () => {
    await writeVersion1('migration-v1-articles');
    const db = createDb('migration-v1-articles');
    expect(await db.articles.count()).toBe(0);
    await addArticle(db, { id: 'h-1', iri: 'urn:marginalia:article:h-1', title: 'T', blocks: [{ kind: 'paragraph', text: 'x' }] }, new Date('2026-05-01T00:00:00Z'));
    expect(await db.articles.where('title').equals('T').count()).toBe(1);
    expect(await db.annotations.count()).toBe(3);
    db.close();
  });
});

describe('opening a version 2 database (annotations and articles) with the current schema', () => {
  it('keeps both tables as they were and adds an empty settings table that takes the publisher and report addresses', async () => {
    const old = new Dexie('migration-v2-settings');
    old.version(1).stores({ annotations: 'id, articleId, modified' });
    old.version(2).stores({ articles: 'id, added, title' });
    await old.table('annotations').bulkAdd(structuredClone(v1Records));
    const article = { id: 'h-1', iri: 'urn:marginalia:article:h-1', title: 'T', blocks: [{ kind: 'paragraph', text: 'x' }], added: '2026-05-01T00:00:00.000Z' };
    await old.table('articles').add(article);
    old.close();
    const db = createDb('migration-v2-settings');
    await db.open();
    expect(db.verno).toBe(4);
    expect(await db.annotations.toArray()).toEqual(v1Records);
    expect(await db.articles.toArray()).toEqual([article]);
    expect(await getPublisher(db)).toBeNull();
    expect(await getReportUrl(db, 'h-1')).toBeNull();
    await putPublisher(db, { type: 'Person', name: 'Ana', url: 'https://ana.example/' });
    await putReportUrl(db, 'h-1', 'https://ana.example/report');
    expect(await getPublisher(db)).toEqual({ type: 'Person', name: 'Ana', url: 'https://ana.example/' });
    expect(await getReportUrl(db, 'h-1')).toBe('https://ana.example/report');
    await putReportUrl(db, 'h-1', null);
    expect(await getReportUrl(db, 'h-1')).toBeNull();
    db.close();
  });
});
