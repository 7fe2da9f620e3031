import search from 'approx-string-match';

/**
 * A filter in front of the fuzzy search of a whole text. Myers' algorithm reads every character
 * of the text for every quote (about 10 ms per quote on 1 MB); with the text's trigrams indexed
 * once, the q-gram lemma rules out nearly all of it, and Myers reads only the few windows that
 * could hold a match.
 *
 * The lemma (Jokinen and Ukkonen, 1991): a substring within k edits of a pattern of length m
 * shares at least (m - Q + 1) - kQ of the pattern's Q-grams, each on a diagonal (text position
 * minus pattern position) within k of the match's. So, counting for every diagonal band of the
 * text how many of the pattern's trigrams occur there, only bands reaching that count need the
 * exact search. The answer is the same as searching the whole text (tested against it).
 */

const Q = 3;
const HASH_BITS = 18;
/**
 * Trigrams occurring more than once per this many characters of text are not counted (and the
 * count required drops by one for each): they say little and cost the most.
 */
export const FREQUENT_TRIGRAM_SPACING = 256;

export interface FuzzyMatch {
  start: number;
  end: number;
  errors: number;
}

/** The positions of every trigram of a text, grouped by trigram hash; built in O(n). */
export class TrigramIndex {
  /** Text positions sorted by the hash of the trigram starting there. */
  private readonly positions: Int32Array;
  /** For each hash h, positions[bucketStart[h] .. bucketStart[h + 1]) start a trigram with that hash. */
  private readonly bucketStart: Int32Array;

  constructor(readonly text: string) {
    const count = Math.max(0, text.length - Q + 1);
    const hashes = new Int32Array(count);
    const bucketStart = new Int32Array((1 << HASH_BITS) + 1);
    for (let i = 0; i < count; i++) {
      const h = trigramHash(text, i);
      hashes[i] = h;
      bucketStart[h + 1] = (bucketStart[h + 1] as number) + 1;
    }
    for (let h = 0; h < 1 << HASH_BITS; h++) bucketStart[h + 1] = (bucketStart[h + 1] as number) + (bucketStart[h] as number);
    const fill = bucketStart.slice(0, 1 << HASH_BITS);
    const positions = new Int32Array(count);
    for (let i = 0; i < count; i++) {
      const h = hashes[i] as number;
      const at = fill[h] as number;
      positions[at] = i;
      fill[h] = at + 1;
    }
    this.positions = positions;
    this.bucketStart = bucketStart;
  }

  /** Positions where a trigram with hash `h` starts (hash collisions included). */
  occurrences(h: number): Int32Array {
    return this.positions.subarray(this.bucketStart[h], this.bucketStart[h + 1]);
  }

  /**
   * The best approximate matches of `pattern` with at most `maxErrors` edits, as
   * approx-string-match's search(text, pattern, maxErrors) returns them: the matches with the
   * lowest error count found. Falls back to searching the whole text when the pattern is too
   * short for the filter to rule anything out.
   */
  search(pattern: string, maxErrors: number): FuzzyMatch[] {
    const { text } = this;
    const m = pattern.length;
    const k = maxErrors;
    const grams = m - Q + 1;
    const band = Math.max(64, 2 * k + 2);
    let need = grams - k * Q;
    if (need <= 0) return search(text, pattern, k);
    // Diagonals run from -m to text.length; shifted by m they index the bands from 0.
    const frequent = Math.max(64, Math.floor(text.length / FREQUENT_TRIGRAM_SPACING));
    const counts = new Int32Array(Math.ceil((text.length + m + 1) / band) + 2);
    for (let j = 0; j < grams; j++) {
      const hits = this.occurrences(trigramHash(pattern, j));
      if (hits.length > frequent) {
        need--;
        continue;
      }
      for (let i = 0; i < hits.length; i++) {
        const b = ((hits[i] as number) - j + m) / band | 0;
        counts[b] = (counts[b] as number) + 1;
      }
    }
    if (need <= 0) return search(text, pattern, k);
    // Bands b and b + 1 together hold every diagonal a match's shared trigrams can lie on.
    const windows: { from: number; to: number }[] = [];
    for (let b = 0; b + 1 < counts.length; b++) {
      if ((counts[b] as number) + (counts[b + 1] as number) < need) continue;
      const from = Math.max(0, b * band - m - 2 * k);
      const to = Math.min(text.length, (b + 2) * band + 2 * k);
      const last = windows[windows.length - 1];
      if (last && from <= last.to) last.to = Math.max(last.to, to);
      else windows.push({ from, to });
    }
    let best = Infinity;
    let found: FuzzyMatch[] = [];
    for (const { from, to } of windows) {
      for (const match of search(text.slice(from, to), pattern, k)) {
        if (match.errors > best) continue;
        if (match.errors < best) {
          best = match.errors;
          found = [];
        }
        found.push({ start: match.start + from, end: match.end + from, errors: match.errors });
      }
    }
    return found;
  }
}

/** A hash of the trigram starting at `i`, in [0, 2^HASH_BITS). */
function trigramHash(s: string, i: number): number {
  const h = Math.imul(s.charCodeAt(i), 0x9e3779b1) ^ Math.imul(s.charCodeAt(i + 1), 0x85ebca77) ^ Math.imul(s.charCodeAt(i + 2), 0xc2b2ae3d);
  return (Math.imul(h ^ (h >>> 15), 0x2c1b3c6d) >>> (32 - HASH_BITS)) | 0;
}
