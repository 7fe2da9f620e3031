import type { TextQuoteSelector } from '../model/annotation';

/**
 * Weights of the exact-match scorer. A candidate scores up to 1 for each of prefix and suffix
 * agreement and up to POSITION_WEIGHT for lying near the hinted position; the best total wins.
 * Context weighs more than position, since an edit above a passage moves it but keeps its context.
 */
export const PREFIX_WEIGHT = 1;
export const SUFFIX_WEIGHT = 1;
export const POSITION_WEIGHT = 0.5;

export interface QuoteMatch {
  /** UTF-16 offsets into the searched text. */
  start: number;
  end: number;
  /** 0..1: how well context and position agree (1 = both contexts match, at the hinted place). */
  score: number;
}

/**
 * Finds every exact occurrence of `quote.exact` in `text` and returns the one whose prefix and
 * suffix agree best with the quote's (ties broken by closeness to `hint`, a UTF-16 offset).
 * Returns null when the quote does not occur at all or is empty.
 */
export function matchQuoteExact(text: string, quote: TextQuoteSelector, hint?: number): QuoteMatch | null {
  const { exact } = quote;
  if (exact === '') return null;
  let best: QuoteMatch | null = null;
  let bestRaw = -1;
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) {
    const end = at + exact.length;
    const raw =
      PREFIX_WEIGHT * sharedSuffixRatio(text.slice(Math.max(0, at - quote.prefix.length), at), quote.prefix) +
      SUFFIX_WEIGHT * sharedPrefixRatio(text.slice(end, end + quote.suffix.length), quote.suffix) +
      POSITION_WEIGHT * closeness(at, hint, text.length);
    if (raw > bestRaw) {
      bestRaw = raw;
      best = { start: at, end, score: raw / (PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT) };
    }
  }
  return best;
}

/** 1 when the hint is absent or exact, falling towards 0 as the candidate lies further away. */
function closeness(at: number, hint: number | undefined, length: number): number {
  if (hint === undefined) return 1;
  return 1 - Math.min(1, Math.abs(at - hint) / Math.max(1, length));
}

/** How much of `expected` ends `actual` (context read backwards from the quote), 0..1; 1 when nothing is expected. */
export function sharedSuffixRatio(actual: string, expected: string): number {
  if (expected.length === 0) return 1;
  let n = 0;
  while (n < expected.length && n < actual.length && actual[actual.length - 1 - n] === expected[expected.length - 1 - n]) n++;
  return n / expected.length;
}

/** How much of `expected` starts `actual`, 0..1; 1 when nothing is expected. */
export function sharedPrefixRatio(actual: string, expected: string): number {
  if (expected.length === 0) return 1;
  let n = 0;
  while (n < expected.length && n < actual.length && actual[n] === expected[n]) n++;
  return n / expected.length;
}
