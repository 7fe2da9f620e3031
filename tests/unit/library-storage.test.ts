import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/core/model/article';
import { listAnnotations, putAnnotation } from '../../src/storage/annotations';
import { addArticle, deleteArticle, getStoredArticle, listArticleSummaries, restoreArticle } from '../../src/storage/articles';
import { createDb } from '../../src/storage/db';
import { annotationFor } from './support/library-fixtures';

let counter = 0;
const freshDb = () => createDb(`library-storage-${++counter}`);

const article = (id: string, title = `Article ${id}`): Article => ({ id, iri: `urn:marginalia:article:${id}`, title, source: { name: 'The Courier' }, blocks: [{ kind: 'paragraph', text: 'Some text.' }] });

const on = (articleId: string, id: string) => annotationFor(articleId, id);

describe('articles in storage', () => {
  it('adds an article once: the same id again finds the stored one, with its title and date', async () => {
    const db = freshDb();
    const first = await addArticle(db, article('h-a', 'First title'), new Date('2026-02-01T00:00:00Z'));
    expect(first).toMatchObject({ existed: false, record: { title: 'First title', added: '2026-02-01T00:00:00.000Z' } });
    const again = await addArticle(db, article('h-a', 'Other title'), new Date('2026-03-01T00:00:00Z'));
    expect(again).toMatchObject({ existed: true, record: { title: 'First title', added: '2026-02-01T00:00:00.000Z' } });
    expect(await listArticleSummaries(db)).toEqual([{ id: 'h-a', title: 'First title', source: 'The Courier', added: '2026-02-01T00:00:00.000Z' }]);
  });

  it('deletes an article with all its annotations, leaves other articles alone, and undo restores both', async () => {
    const db = freshDb();
    await addArticle(db, article('h-a'), new Date());
    await addArticle(db, article('h-b'), new Date());
    for (const a of [on('h-a', '1'), on('h-a', '2'), on('h-b', '3')]) await putAnnotation(db, a);

    const removed = await deleteArticle(db, 'h-a');
    expect(removed.article?.id).toBe('h-a');
    expect(removed.annotations.map((a) => a.id).sort()).toEqual(['1', '2']);
    expect(await getStoredArticle(db, 'h-a')).toBeUndefined();
    expect(await listAnnotations(db, 'h-a')).toEqual([]);
    expect((await listAnnotations(db, 'h-b')).map((a) => a.id)).toEqual(['3']);

    await restoreArticle(db, removed);
    expect((await getStoredArticle(db, 'h-a'))?.title).toBe('Article h-a');
    expect((await listAnnotations(db, 'h-a')).map((a) => a.id).sort()).toEqual(['1', '2']);
    expect(await listAnnotations(db, 'h-a')).toEqual([on('h-a', '1'), on('h-a', '2')]);
  });

  it('deletes nothing when part of the delete fails: article and annotations go together or not at all', async () => {
    const db = freshDb();
    await addArticle(db, article('h-a'), new Date());
    await putAnnotation(db, on('h-a', '1'));
    db.articles.hook('deleting', () => {
      throw new Error('the disk refused');
    });
    await expect(deleteArticle(db, 'h-a')).rejects.toThrow('the disk refused');
    expect(await getStoredArticle(db, 'h-a')).toBeDefined();
    expect(await listAnnotations(db, 'h-a')).toHaveLength(1);
  });
});
