import { describe, expect, it } from 'vitest';
import { parseBackupText, planRestore, serializeBackup, type BackupArticle } from '../../src/core/exchange/backup';
import type { Annotation } from '../../src/core/model/annotation';
import { annotationOn, article } from './support/fact-checks';

const now = new Date('2026-05-01T12:00:00.000Z');
const added = '2026-04-01T08:00:00.000Z';

function library(): { articles: BackupArticle[]; annotations: Annotation[] } {
  const other: BackupArticle = { id: 'pasted-1', iri: 'urn:marginalia:article:pasted-1', title: 'Second', blocks: [{ kind: 'paragraph', text: 'Body <b>text</b>.' }], added };
  const check = annotationOn('Lavrov said', { verdict: 'false', note: '</script> **bold**', claim: { claimant: 'Press TV', claimantType: 'Organization', scope: 'substance' }, tags: ['a'], evidence: [{ url: 'https://example.org/x', stance: 'refutes' }] });
  return {
    articles: [{ ...article, source: { name: 'Press TV', url: 'https://www.globalresearch.ca/x' }, published: '2016-05-02', added }, other],
    annotations: [{ ...check, author: { name: 'Zoë' } }, { ...annotationOn('televised speech'), target: { ...annotationOn('televised speech').target, articleId: 'pasted-1' } }],
  };
}

describe('backup', () => {
  it('reads back every article and annotation exactly as written', () => {
    const { articles, annotations } = library();
    const parsed = parseBackupText(serializeBackup(articles, annotations, now), { now });
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value.articles).toEqual([...articles].sort((a, b) => a.id.localeCompare(b.id)));
    expect([...parsed.value.annotations].sort((a, b) => a.id.localeCompare(b.id))).toEqual([...annotations].sort((a, b) => a.id.localeCompare(b.id)));
  });

  it('plans a restore like an import: new, updated, and skipped when the stored version is newer; articles the library has are kept', () => {
    const { articles, annotations } = library();
    const parsed = parseBackupText(serializeBackup(articles, annotations, now), { now });
    if (!parsed.ok) throw new Error(parsed.error);
    const [a, b] = annotations as [Annotation, Annotation];
    const restore = planRestore(parsed.value, new Map([[a.id, '2027-01-01T00:00:00.000Z']]), new Set(['pasted-1']));
    expect(restore.plan.format).toBe('backup');
    expect(restore.plan.added).toBe(1);
    expect(restore.plan.toWrite.map((x) => x.id)).toEqual([b.id]);
    expect(restore.plan.skipped).toEqual([{ reason: 'stored-newer', text: 'the version stored here is newer', count: 1 }]);
    expect(restore.articles.map((x) => x.id)).toEqual([article.id]);
    expect(restore.plan.notices[0]).toBe('The backup holds 2 articles: 1 new to this library, 1 already here (kept as it is).');
  });

  it('carries the details the reader edited, restores those an article lacks here, and reads backups made before details', () => {
    const { articles, annotations } = library();
    const renamed = { article: article.id, title: 'Renamed', source: 'Press TV', address: 'https://www.presstv.ir/x', published: '2016-05-27' };
    const other = { article: 'pasted-1', title: 'Second, renamed', source: '', address: '', published: '' };
    const text = serializeBackup(articles, annotations, now, [renamed, other]);
    const parsed = parseBackupText(text, { now });
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.value.details).toEqual([other, renamed].sort((x, y) => x.article.localeCompare(y.article)));
    const restore = planRestore(parsed.value, new Map(), new Set(), new Set(['pasted-1']));
    expect(restore.details).toEqual([renamed]);
    expect(restore.plan.notices[1]).toBe('It holds the edited details of 2 articles; 1 already edited here keeps its own.');

    const withoutDetails = JSON.parse(text) as Record<string, unknown>;
    delete withoutDetails.details;
    const old = parseBackupText(JSON.stringify(withoutDetails), { now });
    expect(old.ok && old.value.details).toEqual([]);
    const damaged = { ...withoutDetails, details: [renamed, { article: 'x', title: 7 }, 'junk'] };
    const partly = parseBackupText(JSON.stringify(damaged), { now });
    if (!partly.ok) throw new Error(partly.error);
    expect(partly.value.details).toEqual([renamed]);
    expect(partly.value.notices).toContain('2 articles’ edited details could not be read and were left out.');
  });

  it('refuses other files, newer formats and damaged articles or annotations, saying what to do', () => {
    const { articles, annotations } = library();
    const text = serializeBackup(articles, annotations, now);
    const refuse = (t: string) => {
      const r = parseBackupText(t, { now });
      return r.ok ? '' : r.error;
    };
    expect(refuse('{"type":"AnnotationCollection"}')).toMatch(/not a Marginalia backup/);
    expect(refuse(text.replace('"mg:backup": 1', '"mg:backup": 9'))).toMatch(/newer Marginalia/);
    expect(refuse(text.replace('"blocks": [', '"blocks": 3, "x": ['))).toMatch(/Article \d of the backup/);
    const damaged = JSON.parse(text) as { annotations: Array<Record<string, unknown>> };
    (damaged.annotations[0] as Record<string, unknown>).target = 5;
    expect(refuse(JSON.stringify(damaged))).toMatch(/annotations cannot be read/);
    expect(refuse('')).toMatch(/empty/);
  });
});
