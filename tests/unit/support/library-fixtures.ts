import type { Annotation } from '../../../src/core/model/annotation';

/** An annotation of any article (not necessarily a real text), for library tests: quote at `start`, fixed times. */
export function annotationFor(articleId: string, id: string, exact = 'Some', extra: Partial<Annotation> = {}, start = 0): Annotation {
  return {
    id,
    target: {
      articleId,
      source: `urn:marginalia:article:${articleId}`,
      textHash: 'sha256:0',
      quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
      position: { type: 'TextPositionSelector', start, end: start + exact.length },
    },
    note: '',
    verdict: null,
    tags: [],
    evidence: [],
    created: '2026-01-01T00:00:00.000Z',
    modified: '2026-01-01T00:00:00.000Z',
    ...extra,
  };
}
