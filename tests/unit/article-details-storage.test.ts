import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { ArticleDetails } from '../../src/core/model/article-details';
import { deleteArticleDetails, getArticleDetails, listArticleDetails, putArticleDetails } from '../../src/storage/article-details';
import { addArticle, deleteArticle, getStoredArticle, restoreArticle } from '../../src/storage/articles';
import { createDb } from '../../src/storage/db';

let counter = 0;
const freshDb = () => createDb(`article-details-${++counter}`);

const details = (title: string): ArticleDetails => ({ title, source: 'The Courier', address: 'https://courier.example/a', published: '2026-01-02' });

describe('article details in storage', () => {
  it('keeps each article’s details apart from its text, and lists them all by article', async () => {
    const db = freshDb();
    await addArticle(db, { id: 'h-a', iri: 'urn:a', title: 'Page title | Site', blocks: [{ kind: 'paragraph', text: 'Text.' }] }, new Date());
    expect(await getArticleDetails(db, 'h-a')).toBeNull();
    await putArticleDetails(db, 'h-a', details('Page title'));
    await putArticleDetails(db, 'shipped-one', details('A shipped one, renamed'));
    expect(await getArticleDetails(db, 'h-a')).toEqual(details('Page title'));
    expect((await getStoredArticle(db, 'h-a'))?.title).toBe('Page title | Site');
    expect(await listArticleDetails(db)).toEqual(
      new Map([
        ['h-a', details('Page title')],
        ['shipped-one', details('A shipped one, renamed')],
      ]),
    );
    await deleteArticleDetails(db, 'shipped-one');
    expect([...(await listArticleDetails(db)).keys()]).toEqual(['h-a']);
  });

  it('skips a stored value that is not details, and other settings', async () => {
    const db = freshDb();
    await db.settings.put({ key: 'details:h-x', value: { title: 42 } });
    await db.settings.put({ key: 'publisher', value: { name: 'Desk' } });
    expect(await getArticleDetails(db, 'h-x')).toBeNull();
    expect(await listArticleDetails(db)).toEqual(new Map());
  });

  it('go with the article when it is deleted, and come back with it on undo', async () => {
    const db = freshDb();
    await addArticle(db, { id: 'h-a', iri: 'urn:a', title: 'T', blocks: [] }, new Date());
    await putArticleDetails(db, 'h-a', details('Renamed'));
    const removed = await deleteArticle(db, 'h-a');
    expect(await getArticleDetails(db, 'h-a')).toBeNull();
    await restoreArticle(db, removed);
    expect(await getArticleDetails(db, 'h-a')).toEqual(details('Renamed'));
  });
});
