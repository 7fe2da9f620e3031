import search from 'approx-string-match';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maxErrorsFor } from '../../src/core/anchoring/match-score';
import { TrigramIndex } from '../../src/core/anchoring/trigram-index';
import { ORIGINAL } from './support/reanchor-text';

describe('TrigramIndex.search', () => {
  // Long enough that the filter rules most of it out, varied enough that trigrams are selective.
  const text = Array.from({ length: 12 }, (_, i) => ORIGINAL.replaceAll('district', `ward ${i}`)).join('\n\n');
  const index = new TrigramIndex(text);

  it('finds a changed quote where the whole-text search finds it', () => {
    const quote = 'Residents of ward 7 spoke in turn about bases, parks, lightning';
    const expected = search(text, quote, maxErrorsFor(quote));
    expect(expected.length).toBeGreaterThan(0);
    expect(index.search(quote, maxErrorsFor(quote))).toEqual(expected);
  });

  it('finds nothing where there is nothing within the error budget', () => {
    expect(index.search('an entirely different sentence about weather', 8)).toEqual([]);
  });

  it('gives the answer of the plain search for any quote cut from the text and edited', () => {
    const edit = fc.record({ from: fc.nat(text.length - 200), length: fc.integer({ min: 12, max: 150 }), changes: fc.array(fc.tuple(fc.nat(149), fc.constantFrom('', 'x', 'qu', ' ')), { maxLength: 6 }) });
    fc.assert(
      fc.property(edit, ({ from, length, changes }) => {
        let quote = text.slice(from, from + length);
        for (const [at, by] of changes) quote = quote.slice(0, at % quote.length) + by + quote.slice((at % quote.length) + 1);
        if (quote.length < 3) return;
        const k = maxErrorsFor(quote);
        expect(index.search(quote, k)).toEqual(search(text, quote, k));
      }),
      { numRuns: 150 },
    );
  });

  it('works on a text shorter than a trigram', () => {
    expect(new TrigramIndex('ab').search('abc', 1)).toEqual(search('ab', 'abc', 1));
  });
});
