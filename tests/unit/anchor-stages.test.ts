import { describe, expect, it } from 'vitest';
import { atPosition, exactNear, exactWhole, fuzzyNear, fuzzyWhole, NEAR_WINDOW } from '../../src/core/anchoring/anchor-stages';
import { maxErrorsFor, MIN_SCORE, scoreCandidate } from '../../src/core/anchoring/match-score';
import type { TextQuoteSelector } from '../../src/core/model/annotation';
import { CLOSING, FIGURES, INTRO, LONG, ORIGINAL, QUOTE_TWICE, REPEATED, joined } from './support/reanchor-text';

/** The quote selector of `exact` at its first occurrence at or after `from` in `text`, with 32 characters of context. */
function quoteIn(text: string, exact: string, from = 0): TextQuoteSelector & { at: number } {
  const at = text.indexOf(exact, from);
  if (at < 0) throw new Error(`“${exact}” is not in the text`);
  return { type: 'TextQuoteSelector', exact, prefix: text.slice(Math.max(0, at - 32), at), suffix: text.slice(at + exact.length, at + exact.length + 32), at };
}

const SCHOOLS = 'spending on schools will rise by 4 percent';

describe('scoreCandidate', () => {
  const q = quoteIn(ORIGINAL, SCHOOLS);
  const exactHere = { start: q.at, end: q.at + SCHOOLS.length, errors: 0 };

  it('scores 1 for the exact quote in its full context at the expected place', () => {
    expect(scoreCandidate(ORIGINAL, q, exactHere, q.at).score).toBeCloseTo(1, 10);
  });

  it('scores less for errors, lost context and distance, each on its own', () => {
    const full = scoreCandidate(ORIGINAL, q, exactHere, q.at).score;
    expect(scoreCandidate(ORIGINAL, q, { ...exactHere, errors: 4 }, q.at).score).toBeLessThan(full);
    expect(scoreCandidate(ORIGINAL, { ...q, prefix: 'nothing like the text before it ' }, exactHere, q.at).score).toBeLessThan(full);
    expect(scoreCandidate(ORIGINAL, q, exactHere, q.at + 2000).score).toBeLessThan(full);
  });

  it('refuses a short quote found away from its place without its context', () => {
    const word = quoteIn(ORIGINAL, 'buses');
    const elsewhere = { ...word, prefix: 'zzz', suffix: 'zzz' };
    expect(scoreCandidate(ORIGINAL, elsewhere, { start: word.at, end: word.at + 5, errors: 0 }, word.at + 3000).score).toBeLessThan(MIN_SCORE);
  });

  it('allows errors in proportion to the quote length', () => {
    expect(maxErrorsFor('abcd')).toBe(0);
    expect(maxErrorsFor('a'.repeat(10))).toBe(2);
    expect(maxErrorsFor('a'.repeat(100))).toBe(20);
  });
});

describe('the stages on their own', () => {
  const q = quoteIn(ORIGINAL, SCHOOLS);

  it('atPosition takes the quote at the expected place, and nothing one character off', () => {
    expect(atPosition(ORIGINAL, q, q.at)).toMatchObject({ start: q.at, end: q.at + SCHOOLS.length, stage: 'position', errors: 0 });
    expect(atPosition(ORIGINAL, q, q.at + 1)).toBeNull();
  });

  it('atPosition leaves to the near search a place whose context disagrees', () => {
    // The second copy of the repeated line, expected where the first one is: the text is equal, the context is not.
    const second = quoteIn(ORIGINAL, QUOTE_TWICE, ORIGINAL.indexOf(CLOSING));
    const first = ORIGINAL.indexOf(QUOTE_TWICE);
    expect(atPosition(ORIGINAL, second, first)).toBeNull();
  });

  it('exactNear finds the quote within the window around the expected place, not beyond it', () => {
    expect(exactNear(ORIGINAL, q, q.at + 300)).toMatchObject({ start: q.at, stage: 'near-exact' });
    const shifted = 'x'.repeat(NEAR_WINDOW + 50) + ORIGINAL;
    expect(exactNear(shifted, q, q.at)).toBeNull();
  });

  it('exactNear picks, of two copies in the window, the one whose context agrees', () => {
    const text = joined([REPEATED, CLOSING]);
    const second = quoteIn(text, QUOTE_TWICE, text.indexOf(CLOSING));
    expect(exactNear(text, second, 0)?.start).toBe(second.at);
    const first = quoteIn(text, QUOTE_TWICE);
    expect(exactNear(text, first, second.at)?.start).toBe(first.at);
  });

  it('fuzzyNear finds a quote whose text changed a little, and reports the errors', () => {
    const fixed = ORIGINAL.replace('goverment', 'government');
    const typo = quoteIn(ORIGINAL, 'According to the goverment, spending');
    expect(exactNear(fixed, typo, typo.at)).toBeNull();
    const match = fuzzyNear(fixed, typo, typo.at);
    expect(match).toMatchObject({ stage: 'near-fuzzy', errors: 1 });
    expect(fixed.slice(match?.start, match?.end)).toBe('According to the government, spending');
  });

  it('fuzzyNear refuses a quote rewritten beyond the error budget', () => {
    const rewritten = ORIGINAL.replace(SCHOOLS, 'outlays for classrooms go up four per cent');
    expect(fuzzyNear(rewritten, q, q.at)).toBeNull();
  });

  it('exactWhole finds a quote anywhere, however far it moved', () => {
    const moved = joined([LONG, LONG, INTRO, FIGURES]);
    expect(exactWhole(moved, q, 0)).toMatchObject({ start: moved.indexOf(SCHOOLS), stage: 'exact' });
  });

  it('fuzzyWhole finds a changed quote anywhere', () => {
    const moved = joined([LONG, LONG, INTRO, FIGURES.replace('4 percent', '5 percent')]);
    const match = fuzzyWhole(moved, q, 0);
    expect(match).toMatchObject({ stage: 'fuzzy', errors: 1 });
    expect(moved.slice(match?.start, match?.end)).toBe('spending on schools will rise by 5 percent');
  });

  it('fuzzyWhole does not accept a weak look-alike far away (the silent wrong place)', () => {
    // The quote is gone; a sentence elsewhere shares most of its words but not its context.
    const gone = joined([INTRO, 'Budget cuts were the main topic.', LONG, 'spending on roads will rise by 3 percent in the spring', CLOSING]);
    expect(fuzzyWhole(gone, q, q.at)).toBeNull();
  });

  it('offers the same look-alike when it stands where the quote was expected (an edit of that sentence, for the reader to judge)', () => {
    const edited = joined([INTRO, 'Budget cuts were the main topic.', LONG, 'spending on roads will rise by 3 percent in the spring', CLOSING]);
    const there = edited.indexOf('spending on roads');
    expect(fuzzyNear(edited, q, there)).toMatchObject({ start: there, errors: 6, context: 0 });
  });
});
