/**
 * Converts between UTF-16 offsets (what JavaScript strings and DOM ranges use) and Unicode code
 * point offsets (what the W3C TextPositionSelector uses). Built once per text: a text without
 * astral characters (the common case) converts by identity; otherwise a sorted list of the
 * astral characters' UTF-16 offsets is binary-searched, so each conversion is O(log n).
 */
export class CodePointMap {
  /** UTF-16 offsets at which a surrogate pair starts, ascending. */
  private readonly pairs: number[] = [];
  readonly utf16Length: number;
  readonly codePointLength: number;

  constructor(text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
        const d = text.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          this.pairs.push(i);
          i++;
        }
      }
    }
    this.utf16Length = text.length;
    this.codePointLength = text.length - this.pairs.length;
  }

  /** Code point offset of a UTF-16 offset; an offset inside a pair counts as after it. */
  toCodePoint(utf16: number): number {
    if (this.pairs.length === 0) return utf16;
    // Each pair wholly before `utf16` took two units for one code point. A pair that `utf16`
    // cuts (it starts at utf16 - 1) must count as one code point, not be dropped, so that the
    // offset lands after it: hence pairs starting before utf16 - 1, not before utf16.
    return utf16 - countBelow(this.pairs, utf16 - 1);
  }

  /** UTF-16 offset of a code point offset. */
  toUtf16(codePoint: number): number {
    if (this.pairs.length === 0) return codePoint;
    // Find how many pairs begin before the answer: the k-th pair (0-based) starts at code point pairs[k] - k.
    let lo = 0;
    let hi = this.pairs.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.pairs[mid] as number) - mid < codePoint) lo = mid + 1;
      else hi = mid;
    }
    return codePoint + lo;
  }
}

/** Number of values in the ascending array below `value`. */
function countBelow(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
