import search from 'approx-string-match';
import type { TextQuoteSelector } from '../model/annotation';
import type { AnchorStage } from './anchor';
import { bestAccepted, maxErrorsFor, scoreCandidate, type Candidate, type ScoredMatch } from './match-score';
import type { TrigramIndex } from './trigram-index';

/**
 * The stages that look for a quote on changed text, cheapest first. Each takes the UTF-16 offset
 * where the annotation is expected (its stored position shifted by what the previous annotation
 * moved) and returns the best candidate it accepts (score >= MIN_SCORE), or null. Fuzzy search is
 * Myers' bit-parallel algorithm from `approx-string-match` (maintained by Hypothesis for their
 * own anchoring), with errors bounded in proportion to the quote's length.
 */

/** How far (UTF-16 units) either side of the expected place the near searches look. */
export const NEAR_WINDOW = 512;
/**
 * The position stage takes its place without searching only at this score or above; a lower
 * score there (the quote's text is there but not its context) may mean another copy of a
 * repeated passage, so the near search compares the copies around it.
 */
export const POSITION_MIN_SCORE = 0.75;
/** Exact occurrences scored at most in a whole-text search (a short quote may occur thousands of times). */
export const MAX_OCCURRENCES = 10_000;

export interface StageMatch extends ScoredMatch {
  stage: AnchorStage;
}

const tagged = (match: ScoredMatch | null, stage: AnchorStage): StageMatch | null => (match ? { ...match, stage } : null);

/** Stage 1: the quote's exact text at the expected place, with enough of its context. */
export function atPosition(text: string, quote: TextQuoteSelector, expected: number): StageMatch | null {
  if (!text.startsWith(quote.exact, expected)) return null;
  const scored = scoreCandidate(text, quote, { start: expected, end: expected + quote.exact.length, errors: 0 }, expected);
  return scored.score >= POSITION_MIN_SCORE ? { ...scored, stage: 'position' } : null;
}

/** Stage 2: the best exact occurrence within NEAR_WINDOW of the expected place. */
export function exactNear(text: string, quote: TextQuoteSelector, expected: number): StageMatch | null {
  const { from, to } = nearWindow(text, quote, expected);
  return tagged(bestAccepted(text, quote, exactOccurrences(text, quote.exact, from, to), expected), 'near-exact');
}

/** Stage 3: the best approximate occurrence within NEAR_WINDOW of the expected place. */
export function fuzzyNear(text: string, quote: TextQuoteSelector, expected: number): StageMatch | null {
  const maxErrors = maxErrorsFor(quote.exact);
  if (maxErrors === 0) return null;
  const { from, to } = nearWindow(text, quote, expected);
  const found = search(text.slice(from, to), quote.exact, maxErrors).map((m) => ({ start: m.start + from, end: m.end + from, errors: m.errors }));
  return tagged(bestAccepted(text, quote, found, expected), 'near-fuzzy');
}

/** Stage 4: the best exact occurrence anywhere in the text. */
export function exactWhole(text: string, quote: TextQuoteSelector, expected: number): StageMatch | null {
  return tagged(bestAccepted(text, quote, exactOccurrences(text, quote.exact, 0, text.length), expected), 'exact');
}

/**
 * Stage 5 (in a worker, since it reads the whole text once per quote): the best approximate
 * occurrence anywhere. With `index` (a TrigramIndex of `text`, worth building for more than a
 * few quotes) only the parts of the text that could hold a match are read; the answer is the same.
 */
export function fuzzyWhole(text: string, quote: TextQuoteSelector, expected: number, index?: TrigramIndex): StageMatch | null {
  const maxErrors = maxErrorsFor(quote.exact);
  if (maxErrors === 0) return null;
  const found = (index ? index.search(quote.exact, maxErrors) : search(text, quote.exact, maxErrors)).slice(0, MAX_OCCURRENCES);
  return tagged(bestAccepted(text, quote, found, expected), 'fuzzy');
}

/** The span searched around `expected`: the quote's length plus NEAR_WINDOW on each side. */
function nearWindow(text: string, quote: TextQuoteSelector, expected: number): { from: number; to: number } {
  return { from: Math.max(0, expected - NEAR_WINDOW), to: Math.min(text.length, expected + quote.exact.length + NEAR_WINDOW) };
}

/** Exact occurrences of `exact` lying wholly within [from, to), at most MAX_OCCURRENCES. */
function* exactOccurrences(text: string, exact: string, from: number, to: number): Generator<Candidate> {
  if (exact === '') return;
  // A window is searched as its own string: indexOf on the whole text would read on to its end
  // whenever the quote is not in the window.
  const within = from === 0 && to === text.length ? text : text.slice(from, to);
  let count = 0;
  for (let at = within.indexOf(exact); at !== -1 && count < MAX_OCCURRENCES; at = within.indexOf(exact, at + 1), count++) {
    yield { start: from + at, end: from + at + exact.length, errors: 0 };
  }
}
