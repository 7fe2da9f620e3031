import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildLibrary, countAnnotations, filterLibrary, missingArticles } from '../../src/core/library/library-entries';
import { searchAllAnnotations } from '../../src/core/library/search-annotations';
import { parseShippedManifest } from '../../src/core/library/shipped-manifest';
import type { Annotation } from '../../src/core/model/annotation';
import { parseArticle } from '../../src/core/model/parse-article';
import { annotationFor } from './support/library-fixtures';

const note = (id: string, articleId: string, exact: string, extra: Partial<Annotation> = {}, start = 0) => annotationFor(articleId, id, exact, extra, start);

const shipped = [{ id: 'shipped-one', title: 'Shipped article', source: 'Press TV' }];
const stored = [
  { id: 'h-old', title: 'Older opened article', added: '2026-01-01T00:00:00.000Z' },
  { id: 'h-new', title: 'Newer opened article', source: 'The Courier', added: '2026-03-01T00:00:00.000Z' },
];
const annotations = [
  note('1', 'h-new', 'the mayor said', { verdict: 'false', note: 'Minutes show otherwise' }, 40),
  note('2', 'h-new', 'the budget doubled', { tags: ['budget'] }, 10),
  note('3', 'shipped-one', 'Lavrov said', { verdict: 'unverified' }),
  note('4', 'h-gone', 'a passage of a deleted article', { note: 'budget check' }),
];

describe('the library', () => {
  it('lists stored articles newest first, then the shipped ones, with annotation and fact-check counts', () => {
    const entries = buildLibrary(shipped, stored, countAnnotations(annotations));
    expect(entries).toEqual([
      { id: 'h-new', title: 'Newer opened article', source: 'The Courier', added: '2026-03-01T00:00:00.000Z', annotations: 2, factChecks: 1 },
      { id: 'h-old', title: 'Older opened article', added: '2026-01-01T00:00:00.000Z', annotations: 0, factChecks: 0 },
      { id: 'shipped-one', title: 'Shipped article', source: 'Press TV', added: null, annotations: 1, factChecks: 1 },
    ]);
  });

  it('filters by every word of the query in title or source, ignoring case and accents', () => {
    const entries = buildLibrary(shipped, [...stored, { id: 'h-c', title: 'Économie en crise', added: '2026-02-01T00:00:00.000Z' }], new Map());
    expect(filterLibrary(entries, 'courier newer').map((e) => e.id)).toEqual(['h-new']);
    expect(filterLibrary(entries, 'ECONOMIE').map((e) => e.id)).toEqual(['h-c']);
    expect(filterLibrary(entries, 'press tv').map((e) => e.id)).toEqual(['shipped-one']);
    expect(filterLibrary(entries, '  ')).toHaveLength(4);
    expect(filterLibrary(entries, 'nothing like it')).toEqual([]);
  });

  it('names the articles that annotations belong to but the library does not hold', () => {
    const entries = buildLibrary(shipped, stored, countAnnotations(annotations));
    expect(missingArticles(entries, annotations)).toEqual([{ id: 'h-gone', source: 'urn:marginalia:article:h-gone', annotations: 1, sampleQuote: 'a passage of a deleted article' }]);
  });
});

describe('search across all annotations', () => {
  const entries = buildLibrary(shipped, stored, countAnnotations(annotations));

  it('groups matches by article in library order, each in document order; unknown articles last, untitled', () => {
    const result = searchAllAnnotations([...annotations, note('5', 'shipped-one', 'budget talks', {}, 99)], entries, 'budget');
    expect(result.total).toBe(3);
    expect(result.groups.map((g) => [g.articleId, g.title, g.hits.map((h) => h.id)])).toEqual([
      ['h-new', 'Newer opened article', ['2']],
      ['shipped-one', 'Shipped article', ['5']],
      ['h-gone', null, ['4']],
    ]);
  });

  it('matches notes and verdict labels too, and an empty query finds nothing', () => {
    expect(searchAllAnnotations(annotations, entries, 'minutes').groups[0]?.hits.map((h) => h.id)).toEqual(['1']);
    expect(searchAllAnnotations(annotations, entries, 'unverified').groups[0]?.articleId).toBe('shipped-one');
    expect(searchAllAnnotations(annotations, entries, '   ')).toEqual({ groups: [], total: 0, shown: 0 });
  });

  it('shows at most the limit and says how many matched', () => {
    const many = Array.from({ length: 30 }, (_, i) => note(`m${i}`, 'h-old', `budget line ${i}`, {}, i * 20));
    const result = searchAllAnnotations(many, entries, 'budget', 10);
    expect(result).toMatchObject({ total: 30, shown: 10 });
    expect(result.groups[0]?.hits.map((h) => h.target.quote.exact)).toEqual(Array.from({ length: 10 }, (_, i) => `budget line ${i}`));
  });
});

describe('the manifest of shipped articles', () => {
  it('accepts id, title and an optional source', () => {
    expect(parseShippedManifest({ articles: [{ id: 'a-b', title: 'T', source: 'S' }, { id: 'c', title: 'U' }] })).toEqual({
      ok: true,
      value: [{ id: 'a-b', title: 'T', source: 'S' }, { id: 'c', title: 'U' }],
    });
  });

  it('refuses what it cannot use, saying what is wrong', () => {
    expect(parseShippedManifest(null)).toEqual({ ok: false, error: expect.stringMatching(/no "articles" array/) });
    expect(parseShippedManifest({ articles: [{ id: '../etc/passwd', title: 'x' }] })).toEqual({ ok: false, error: expect.stringMatching(/Entry 1 .* needs an "id"/) });
    expect(parseShippedManifest({ articles: [{ id: 'ok', title: ' ' }] }).ok).toBe(false);
  });

  it('agrees with the shipped article files (public/articles/index.json)', () => {
    const manifest = parseShippedManifest(JSON.parse(readFileSync('public/articles/index.json', 'utf8')));
    expect(manifest.ok).toBe(true);
    if (!manifest.ok) return;
    expect(manifest.value.length).toBeGreaterThan(0);
    for (const entry of manifest.value) {
      const article = parseArticle(JSON.parse(readFileSync(`public/articles/${entry.id}.json`, 'utf8')));
      expect(article.ok && { id: article.value.id, title: article.value.title, source: article.value.source?.name }).toEqual({ id: entry.id, title: entry.title, source: entry.source });
    }
  });
});
