import type { TextQuoteSelector } from '../model/annotation';
import { sharedPrefixRatio, sharedSuffixRatio } from './match-quote';

/**
 * Scoring of candidate places for a quote on changed text. A candidate earns evidence from its
 * own text (how closely it equals the quote) and from its context (how much of the stored prefix
 * and suffix frame it), and a little more for lying near where the annotation was expected.
 * Below MIN_SCORE a candidate is refused: the annotation is then reported, never guessed (the
 * flaw of accepting the best fuzzy candidate, whatever its score, is what re-anchors notes
 * silently in the wrong place).
 */

/** Fuzzy search allows at most this many errors (insertions, deletions, substitutions) per quote character. */
export const MAX_ERROR_RATE = 0.2;
/**
 * A quote at least this long identifies its passage about as well as its whole context does;
 * a shorter one (a word or two, which may occur anywhere) counts for proportionally less.
 */
export const DISTINCT_QUOTE_LENGTH = 40;
/** What lying at the expected place adds, against 1 for the quote-and-context evidence. */
export const NEARNESS_WEIGHT = 0.2;
/** At this distance (UTF-16 units) from the expected place, nearness has fallen to one half. */
export const NEARNESS_HALF_DISTANCE = 256;
/** A candidate scoring below this is not accepted. */
export const MIN_SCORE = 0.4;

export interface Candidate {
  /** UTF-16 offsets into the searched text. */
  start: number;
  end: number;
  /** Edit distance between the text there and the quote (0 for an exact match). */
  errors: number;
}

export interface ScoredMatch extends Candidate {
  /** 0..1, see the constants above; compare with MIN_SCORE. */
  score: number;
  /** 0..1: how much of the stored prefix and suffix still frame the match (their mean). */
  context: number;
}

/** The most errors a fuzzy search may allow for a quote: proportional to its length. */
export function maxErrorsFor(quote: string): number {
  return Math.floor(quote.length * MAX_ERROR_RATE);
}

/**
 * Scores a candidate place for `quote` in `text`, `expected` being the UTF-16 offset where the
 * annotation should start if nothing had moved (undefined: nowhere in particular).
 */
export function scoreCandidate(text: string, quote: TextQuoteSelector, candidate: Candidate, expected: number | undefined): ScoredMatch {
  const { start, end, errors } = candidate;
  const length = Math.max(1, quote.exact.length);
  // Errors are weighed against the budget, not the length: at the most errors allowed the quote
  // counts for half, so a look-alike found without its context falls below MIN_SCORE.
  const similarity = Math.max(0, 1 - errors / (2 * MAX_ERROR_RATE * length));
  const prefix = sharedSuffixRatio(text.slice(Math.max(0, start - quote.prefix.length), start), quote.prefix);
  const suffix = sharedPrefixRatio(text.slice(end, end + quote.suffix.length), quote.suffix);
  const context = (prefix + suffix) / 2;
  const quoteWeight = Math.min(1, length / DISTINCT_QUOTE_LENGTH);
  const evidence = (quoteWeight * similarity + context) / (quoteWeight + 1);
  const nearness = expected === undefined ? 0 : 1 / (1 + Math.abs(start - expected) / NEARNESS_HALF_DISTANCE);
  return { start, end, errors, context, score: (evidence + NEARNESS_WEIGHT * nearness) / (1 + NEARNESS_WEIGHT) };
}

/** The best-scoring candidate at or above MIN_SCORE (ties: the first given), or null. */
export function bestAccepted(text: string, quote: TextQuoteSelector, candidates: Iterable<Candidate>, expected: number | undefined): ScoredMatch | null {
  let best: ScoredMatch | null = null;
  for (const candidate of candidates) {
    const scored = scoreCandidate(text, quote, candidate, expected);
    if (scored.score >= MIN_SCORE && (!best || scored.score > best.score)) best = scored;
  }
  return best;
}
