import { describe, expect, it } from 'vitest';
import { matchQuoteExact, POSITION_WEIGHT, PREFIX_WEIGHT, SUFFIX_WEIGHT } from '../../src/core/anchoring/match-quote';
import type { TextQuoteSelector } from '../../src/core/model/annotation';

const quote = (exact: string, prefix = '', suffix = ''): TextQuoteSelector => ({ type: 'TextQuoteSelector', exact, prefix, suffix });

// "al-Nusra" occurs three times, each with its own context.
const text = 'airstrikes against al-Nusra Front. Daesh and al-Nusra should be a priority. Areas occupied by al-Nusra, but then';
const at = (n: number) => {
  let i = -1;
  for (let k = 0; k <= n; k++) i = text.indexOf('al-Nusra', i + 1);
  return i;
};

describe('matchQuoteExact', () => {
  it('returns null for a quote that does not occur, and for an empty quote', () => {
    expect(matchQuoteExact(text, quote('Hezbollah'))).toBeNull();
    expect(matchQuoteExact(text, quote(''))).toBeNull();
    expect(matchQuoteExact('', quote('x'))).toBeNull();
  });

  it('finds a single occurrence with UTF-16 offsets', () => {
    const match = matchQuoteExact(text, quote('Daesh'));
    expect(match).toMatchObject({ start: text.indexOf('Daesh'), end: text.indexOf('Daesh') + 5 });
  });

  it('picks the occurrence whose prefix agrees', () => {
    expect(matchQuoteExact(text, quote('al-Nusra', 'Daesh and '))?.start).toBe(at(1));
    expect(matchQuoteExact(text, quote('al-Nusra', 'occupied by '))?.start).toBe(at(2));
  });

  it('picks the occurrence whose suffix agrees', () => {
    expect(matchQuoteExact(text, quote('al-Nusra', '', ' Front.'))?.start).toBe(at(0));
    expect(matchQuoteExact(text, quote('al-Nusra', '', ', but'))?.start).toBe(at(2));
  });

  it('prefers context to the position hint: an edit above moves a passage but keeps its context', () => {
    expect(matchQuoteExact(text, quote('al-Nusra', 'Daesh and ', ' should'), at(0))?.start).toBe(at(1));
  });

  it('breaks ties in context by closeness to the hint', () => {
    expect(matchQuoteExact(text, quote('al-Nusra'), at(2))?.start).toBe(at(2));
    expect(matchQuoteExact(text, quote('al-Nusra'), at(1) + 3)?.start).toBe(at(1));
    expect(matchQuoteExact(text, quote('al-Nusra'), 0)?.start).toBe(at(0));
  });

  it('scores 1 when both contexts agree at the hinted place, less as agreement falls', () => {
    const exact = quote('al-Nusra', 'Daesh and ', ' should');
    expect(matchQuoteExact(text, exact, at(1))?.score).toBe(1);
    expect(matchQuoteExact(text, exact)?.score).toBe(1);
    // Only the suffix agrees, at the hinted place: (0 + 1 + POSITION_WEIGHT) / total.
    const suffixOnly = matchQuoteExact(text, quote('al-Nusra', 'ZZZ', ' should'), at(1));
    expect(suffixOnly?.start).toBe(at(1));
    expect(suffixOnly?.score).toBeCloseTo((SUFFIX_WEIGHT + POSITION_WEIGHT) / (PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT));
  });

  it('gives partial credit for context that agrees next to the quote only', () => {
    const total = PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT;
    // "Daesh" is preceded by "ra Front. "; 6 of these 10 characters agree next to the quote.
    expect(matchQuoteExact(text, quote('Daesh', 'ra Front. '))?.score).toBe(1);
    expect(matchQuoteExact(text, quote('Daesh', 'XXXXront. '))?.score).toBeCloseTo((0.6 * PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT) / total);
    expect(matchQuoteExact(text, quote('Daesh', 'ra FrontXX'))?.score).toBeCloseTo((SUFFIX_WEIGHT + POSITION_WEIGHT) / total);
  });

  it('finds overlapping occurrences', () => {
    expect(matchQuoteExact('aaaa', quote('aa', 'aa', ''))?.start).toBe(2);
    expect(matchQuoteExact('aaaa', quote('aa', 'a', 'a'))?.start).toBe(1);
  });
});
