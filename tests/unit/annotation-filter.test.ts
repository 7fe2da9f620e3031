import { describe, expect, it } from 'vitest';
import { countTags, isFiltering, matchesFilters, type AnnotationFilters } from '../../src/core/model/annotation-filter';
import { annotationOn } from './support/fact-checks';

const none: AnnotationFilters = { search: '', verdict: null, tag: null };
const falseClaim = annotationOn('Lavrov said', { verdict: 'false', tags: ['Attribution', 'TV'], note: 'Not on Friday.' });
const unverified = annotationOn('3,000 new militants', { verdict: 'unverified', tags: ['figures'] });
const note = annotationOn('Takfiri', { note: 'Loaded term', tags: ['wording', 'attribution'] });
const all = [falseClaim, unverified, note];
const shown = (f: Partial<AnnotationFilters>) => all.filter((a) => matchesFilters(a, { ...none, ...f })).map((a) => a.id);

describe('matchesFilters', () => {
  it('shows everything without filters', () => {
    expect(shown({})).toEqual(all.map((a) => a.id));
    expect(isFiltering(none)).toBe(false);
    expect(isFiltering({ ...none, search: '  ' })).toBe(false);
  });

  it('filters by verdict, and `none` keeps the annotations without one', () => {
    expect(shown({ verdict: 'false' })).toEqual([falseClaim.id]);
    expect(shown({ verdict: 'none' })).toEqual([note.id]);
    expect(shown({ verdict: 'accurate' })).toEqual([]);
  });

  it('filters by tag, case-insensitively', () => {
    expect(shown({ tag: 'attribution' })).toEqual([falseClaim.id, note.id]);
    expect(shown({ tag: 'FIGURES' })).toEqual([unverified.id]);
  });

  it('combines verdict, tag and search: all must match', () => {
    expect(shown({ tag: 'attribution', verdict: 'false' })).toEqual([falseClaim.id]);
    expect(shown({ tag: 'attribution', search: 'loaded' })).toEqual([note.id]);
    expect(shown({ tag: 'attribution', search: 'loaded', verdict: 'false' })).toEqual([]);
    expect(isFiltering({ ...none, tag: 'x' })).toBe(true);
  });
});

describe('countTags', () => {
  it('groups tags case-insensitively, most used first, then alphabetically', () => {
    expect(countTags(all)).toEqual([
      { tag: 'Attribution', count: 2 },
      { tag: 'figures', count: 1 },
      { tag: 'TV', count: 1 },
      { tag: 'wording', count: 1 },
    ]);
    expect(countTags([])).toEqual([]);
  });
});
