import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { parseBackupText, planRestore, serializeBackup } from '../../src/core/exchange/backup';
import { putAnnotation } from '../../src/storage/annotations';
import { getArticleDetails, putArticleDetails } from '../../src/storage/article-details';
import { addArticle } from '../../src/storage/articles';
import { readLibrary, restoreLibrary, revertRestore } from '../../src/storage/backup';
import { createDb } from '../../src/storage/db';
import { annotationOn } from './support/fact-checks';

const now = new Date('2026-05-01T12:00:00.000Z');
const byId = <T extends { id: string }>(list: readonly T[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));

describe('backup and restore through storage', () => {
  it('restores many annotations in batches, saying how much is written after each', async () => {
    const db = createDb('backup-batches');
    const base = annotationOn('Lavrov said', { note: 'one of many' });
    const many = Array.from({ length: 1_100 }, (_, i) => ({ ...base, id: `urn:uuid:restore-${i}` }));
    const heard: number[] = [];
    const outcome = await restoreLibrary(db, [], many, [], (fraction) => heard.push(fraction));
    expect(outcome.annotations).toHaveLength(1_100);
    expect(await db.annotations.count()).toBe(1_100);
    expect(heard.map((f) => f.toFixed(2))).toEqual(['0.33', '0.67', '1.00']);
  });

  it('restores a library of three articles into an empty database, identical', async () => {
    const source = createDb('backup-source');
    for (const n of [1, 2, 3]) {
      await addArticle(source, { id: `a-${n}`, iri: `urn:marginalia:article:a-${n}`, title: `Article ${n}`, source: { name: `Outlet ${n}`, url: `https://outlet${n}.example/x` }, published: `2026-0${n}-01`, blocks: [{ kind: 'paragraph', text: `Text ${n} with Lavrov said it.` }] }, now);
      const base = annotationOn('Lavrov said', { verdict: 'false', note: `note ${n}`, claim: { claimant: 'Press TV', claimantType: 'Organization' } });
      await putAnnotation(source, { ...base, id: `urn:uuid:${n}`, target: { ...base.target, articleId: `a-${n}` }, author: { name: `Author ${n}` } });
    }
    const before = await readLibrary(source);
    const parsed = parseBackupText(serializeBackup(before.articles, before.annotations, now), { now });
    if (!parsed.ok) throw new Error(parsed.error);
    const fresh = createDb('backup-fresh');
    const { plan, articles } = planRestore(parsed.value, new Map(), new Set());
    expect([plan.added, articles.length]).toEqual([3, 3]);
    const outcome = await restoreLibrary(fresh, articles, plan.toWrite);
    expect([outcome.articles.length, outcome.annotations.length, outcome.replaced, outcome.keptNewer]).toEqual([3, 3, [], 0]);
    const after = await readLibrary(fresh);
    expect(byId(after.articles)).toEqual(byId(before.articles));
    expect(byId(after.annotations)).toEqual(byId(before.annotations));
    await revertRestore(fresh, outcome);
    expect([await fresh.articles.count(), await fresh.annotations.count()]).toEqual([0, 0]);
    source.close();
    fresh.close();
  });

  it('restores edited details with the library, keeps details given here, and undo takes away only what it added', async () => {
    const source = createDb('backup-details-source');
    await addArticle(source, { id: 'a-1', iri: 'urn:x:a-1', title: 'Page | Site', blocks: [] }, now);
    const renamed = { title: 'Page', source: 'Site', address: 'https://site.example/page', published: '2026-01-02' };
    await putArticleDetails(source, 'a-1', renamed);
    await putArticleDetails(source, 'shipped-one', { ...renamed, title: 'Shipped, renamed' });
    const before = await readLibrary(source);
    expect(before.details).toHaveLength(2);
    const parsed = parseBackupText(serializeBackup(before.articles, before.annotations, now, before.details), { now });
    if (!parsed.ok) throw new Error(parsed.error);

    const fresh = createDb('backup-details-fresh');
    const mine = { ...renamed, title: 'My own name for it' };
    await putArticleDetails(fresh, 'shipped-one', mine);
    const { articles, details } = planRestore(parsed.value, new Map(), new Set(), new Set(['shipped-one']));
    const outcome = await restoreLibrary(fresh, articles, [], details);
    expect(outcome.details).toEqual(['a-1']);
    expect(await getArticleDetails(fresh, 'a-1')).toEqual(renamed);
    expect(await getArticleDetails(fresh, 'shipped-one')).toEqual(mine);
    await revertRestore(fresh, outcome);
    expect(await getArticleDetails(fresh, 'a-1')).toBeNull();
    expect(await getArticleDetails(fresh, 'shipped-one')).toEqual(mine);
    source.close();
    fresh.close();
  });

  it('writes nothing when one record fails: all or nothing', async () => {
    const db = createDb('backup-atomic');
    const good = { id: 'ok', iri: 'urn:x:ok', title: 'OK', blocks: [], added: now.toISOString() };
    const annotation = annotationOn('Lavrov said');
    // An id IndexedDB cannot use as a key makes the second write fail after the first succeeded.
    await expect(restoreLibrary(db, [good], [{ ...annotation, id: null as unknown as string }])).rejects.toThrow();
    expect(await db.articles.count()).toBe(0);
    expect(await db.annotations.count()).toBe(0);
    db.close();
  });
});
