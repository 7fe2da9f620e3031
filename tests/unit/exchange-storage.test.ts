import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../src/core/model/annotation';
import { putAnnotation } from '../../src/storage/annotations';
import { createDb, type MarginaliaDb } from '../../src/storage/db';
import { importAnnotations, revertImport, storedVersions } from '../../src/storage/import';
import { everyKind } from '../fixtures/imports/annotations';

let dbCount = 0;
const freshDb = () => createDb(`exchange-storage-${++dbCount}`);
const everything = async (db: MarginaliaDb) => (await db.annotations.toArray()).sort((a, b) => a.id.localeCompare(b.id));

const [highlight, note, factCheck, orphan] = everyKind() as [Annotation, Annotation, Annotation, Annotation];

describe('importAnnotations', () => {
  it('writes a large file in batches inside its one transaction, saying how much is written after each', async () => {
    const db = freshDb();
    const many = Array.from({ length: 1_200 }, (_, i) => ({ ...highlight, id: `urn:uuid:batch-${i}` }));
    const heard: number[] = [];
    const outcome = await importAnnotations(db, many, (fraction) => heard.push(fraction));
    expect(outcome.added).toHaveLength(1_200);
    expect(await db.annotations.count()).toBe(1_200);
    expect(heard.map((f) => f.toFixed(2))).toEqual(['0.33', '0.67', '1.00']);
  });

  it('writes every annotation with its article index, and says which were added and which replaced', async () => {
    const db = freshDb();
    await putAnnotation(db, note);
    const newer = { ...note, note: 'newer', modified: '2026-04-01T00:00:00.000Z' };
    const outcome = await importAnnotations(db, [highlight, newer, factCheck]);
    expect(outcome).toEqual({ added: [highlight.id, factCheck.id], replaced: [note], keptNewer: 0 });
    expect(await db.annotations.get(newer.id)).toEqual({ ...newer, articleId: newer.target.articleId });
    expect(await storedVersions(db, [highlight.id, note.id, 'urn:uuid:none'])).toEqual(
      new Map([
        [highlight.id, highlight.modified],
        [note.id, newer.modified],
      ]),
    );
  });

  it('writes nothing at all when one write fails, and rejects with the reason', async () => {
    const db = freshDb();
    await putAnnotation(db, orphan);
    const before = await everything(db);
    db.annotations.hook('creating', (_key, record) => {
      if (record.id === factCheck.id) throw new Error('The disk is full');
    });
    await expect(importAnnotations(db, [highlight, note, factCheck, { ...orphan, modified: '2027-01-01T00:00:00.000Z' }])).rejects.toThrow(/The disk is full/);
    expect(await everything(db)).toEqual(before);
  });

  it('rolls back the writes already made when a later one fails inside IndexedDB', async () => {
    const db = freshDb();
    await putAnnotation(db, orphan);
    const before = await everything(db);
    // A function cannot be stored (DataCloneError): the third put fails after two were issued.
    const unstorable = { ...factCheck, note: (() => 'x') as unknown as string };
    await expect(importAnnotations(db, [highlight, note, unstorable])).rejects.toThrow();
    expect(await everything(db)).toEqual(before);
  });

  it('does not overwrite an annotation that became newer after the preview (an edit in another tab)', async () => {
    const db = freshDb();
    const previewed = { ...note, note: 'from the file', modified: '2026-03-01T00:00:00.000Z' };
    const editedMeanwhile = { ...note, note: 'edited in another tab', modified: '2026-03-02T00:00:00.000Z' };
    await putAnnotation(db, editedMeanwhile);
    const outcome = await importAnnotations(db, [previewed, highlight]);
    expect(outcome).toEqual({ added: [highlight.id], replaced: [], keptNewer: 1 });
    expect((await db.annotations.get(note.id))?.note).toBe('edited in another tab');
  });

  it('never moves or overwrites an annotation of another article: the whole import is refused', async () => {
    const db = freshDb();
    await putAnnotation(db, note);
    const moved = { ...note, note: 'taken over', modified: '2027-01-01T00:00:00.000Z', target: { ...note.target, articleId: 'another-article' } };
    await expect(importAnnotations(db, [highlight, moved])).rejects.toThrow('an annotation in the file has the id of an annotation of another article');
    expect(await everything(db)).toEqual([{ ...note, articleId: note.target.articleId }]);
  });
});

describe('revertImport', () => {
  it('deletes what the import added and puts back what it replaced, leaving the rest', async () => {
    const db = freshDb();
    await putAnnotation(db, note);
    await putAnnotation(db, orphan);
    const before = await everything(db);
    const outcome = await importAnnotations(db, [highlight, { ...note, note: 'newer', modified: '2026-04-01T00:00:00.000Z' }, factCheck]);
    expect(await db.annotations.count()).toBe(4);
    await revertImport(db, outcome);
    expect(await everything(db)).toEqual(before);
  });
});
