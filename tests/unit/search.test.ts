import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../src/core/model/annotation';
import { matchesSearch } from '../../src/core/model/search';

const annotation: Annotation = {
  id: 'urn:uuid:search',
  target: {
    articleId: 'a',
    source: 'urn:a',
    textHash: 'sha256:0',
    quote: { type: 'TextQuoteSelector', exact: 'over 400,000 people have been killed', prefix: '', suffix: '' },
    position: { type: 'TextPositionSelector', start: 0, end: 36 },
  },
  note: 'The UN envoy’s estimate, not the Observatory’s résumé.',
  verdict: 'missing-context',
  tags: ['casualties', 'Staffan de Mistura'],
  evidence: [{ url: 'https://example.org/hidden-in-evidence' }],
  created: '2026-01-02T03:04:05.000Z',
  modified: '2026-01-02T03:04:05.000Z',
};

describe('matchesSearch', () => {
  it('matches everything for an empty or blank query', () => {
    expect(matchesSearch(annotation, '')).toBe(true);
    expect(matchesSearch(annotation, '  \t ')).toBe(true);
  });

  it('finds words of the quote, the note, the tags and the verdict label', () => {
    expect(matchesSearch(annotation, '400,000')).toBe(true);
    expect(matchesSearch(annotation, 'envoy')).toBe(true);
    expect(matchesSearch(annotation, 'casualties')).toBe(true);
    expect(matchesSearch(annotation, 'missing context')).toBe(true);
  });

  it('needs every word of the query, wherever each occurs', () => {
    expect(matchesSearch(annotation, 'killed envoy mistura')).toBe(true);
    expect(matchesSearch(annotation, 'killed wounded')).toBe(false);
  });

  it('ignores case and accents on both sides', () => {
    expect(matchesSearch(annotation, 'RESUME')).toBe(true);
    expect(matchesSearch(annotation, 'résumé')).toBe(true);
    expect(matchesSearch({ ...annotation, note: 'resume' }, 'Résumé')).toBe(true);
  });

  it('does not search the verdict id, evidence links or other fields', () => {
    expect(matchesSearch(annotation, 'missing-context')).toBe(false);
    expect(matchesSearch(annotation, 'hidden-in-evidence')).toBe(false);
    expect(matchesSearch({ ...annotation, verdict: null }, 'missing')).toBe(false);
  });
});
