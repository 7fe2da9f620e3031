import { describe, expect, it } from 'vitest';
import { articleScorecard, countVerdicts, unionLength } from '../../src/core/model/scorecard';
import { VERDICTS } from '../../src/core/model/fact-check';
import { annotationOn, spanInText, text } from './support/fact-checks';

describe('unionLength', () => {
  it('counts overlapping and nested spans once', () => {
    expect(unionLength([{ start: 0, end: 10 }, { start: 5, end: 15 }, { start: 6, end: 8 }], 100)).toBe(15);
  });

  it('adds disjoint spans, ignores empty ones and clips to the text', () => {
    expect(unionLength([{ start: 20, end: 30 }, { start: 0, end: 5 }, { start: 7, end: 7 }, { start: 95, end: 120 }, { start: -4, end: 2 }], 100)).toBe(20);
  });

  it('is 0 without spans', () => {
    expect(unionLength([], 100)).toBe(0);
  });
});

describe('articleScorecard', () => {
  const claim = 'Since March, al-Nusra Front has recruited 3,000 new militants';
  const inside = 'recruited 3,000 new militants';
  const asked = 'The United States has asked Russia to stop conducting airstrikes';

  it('counts claims per verdict in vocabulary order, zeros included, and leaves plain notes out', () => {
    const card = articleScorecard(
      [
        annotationOn(claim, { verdict: 'unverified' }),
        annotationOn(asked, { verdict: 'false' }),
        annotationOn('Takfiri terrorist group', { verdict: 'loaded-language' }),
        annotationOn('Lavrov said in a televised speech', { verdict: 'false' }),
        annotationOn('over 400,000 people', { note: 'UN figure' }),
      ],
      text.length,
      spanInText,
    );
    expect([...card.counts, ...card.notClaims].map((c) => c.verdict.id)).toEqual(VERDICTS.map((v) => v.id));
    expect(Object.fromEntries(card.counts.map((c) => [c.verdict.id, c.count]))).toEqual({
      accurate: 0,
      'mostly-accurate': 0,
      'missing-context': 0,
      misleading: 0,
      false: 2,
      unverified: 1,
    });
    // Loaded language and Opinion mark passages, not claims: counted apart, not as claims checked.
    expect(Object.fromEntries(card.notClaims.map((c) => [c.verdict.id, c.count]))).toEqual({ opinion: 0, 'loaded-language': 1 });
    expect(card.claims).toBe(3);
    expect(card.factChecks).toBe(4);
  });

  it('measures the text covered by fact-checks as a union of their spans, not a sum', () => {
    const card = articleScorecard([annotationOn(claim, { verdict: 'unverified' }), annotationOn(inside, { verdict: 'false' }), annotationOn(asked, { verdict: 'accurate' })], text.length, spanInText);
    expect(card.checkedLength).toBe(claim.length + asked.length);
    expect(card.textLength).toBe(text.length);
    expect(card.checkedFraction).toBeCloseTo((claim.length + asked.length) / text.length, 10);
  });

  it('counts a fact-check no longer found in the text, but adds nothing to the coverage', () => {
    const lost = annotationOn(asked, { verdict: 'misleading' });
    const card = articleScorecard([lost], text.length, () => null);
    expect(card.factChecks).toBe(1);
    expect(card.checkedLength).toBe(0);
  });

  it('lists the Unverified claims in document order', () => {
    const second = annotationOn(claim, { verdict: 'unverified' });
    const first = annotationOn(asked, { verdict: 'unverified' });
    const card = articleScorecard([second, annotationOn('Lavrov said', { verdict: 'accurate' }), first], text.length, spanInText);
    expect(card.unverified.map((a) => a.id)).toEqual([first.id, second.id]);
  });

  it('is all zeros for an article without fact-checks, and for an empty text', () => {
    const card = articleScorecard([annotationOn(asked)], 0, spanInText);
    expect(card.factChecks).toBe(0);
    expect(card.checkedFraction).toBe(0);
    expect(card.unverified).toEqual([]);
    expect(countVerdicts([]).every((c) => c.count === 0)).toBe(true);
  });
});
