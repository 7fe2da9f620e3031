import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CodePointMap } from '../../src/core/anchoring/code-points';

// 'a😀b😀c': UTF-16 units a0 😀1-2 b3 😀4-5 c6 (length 7); code points a0 😀1 b2 😀3 c4 (length 5).
const ASTRAL = 'a😀b😀c';

describe('CodePointMap', () => {
  it('converts by identity when the text has no astral characters', () => {
    const map = new CodePointMap('plain “BMP” text — ok');
    expect(map.codePointLength).toBe(map.utf16Length);
    for (const n of [0, 5, 21]) {
      expect(map.toCodePoint(n)).toBe(n);
      expect(map.toUtf16(n)).toBe(n);
    }
  });

  it('counts a surrogate pair as one code point', () => {
    const map = new CodePointMap(ASTRAL);
    expect(map.utf16Length).toBe(7);
    expect(map.codePointLength).toBe(5);
  });

  it('converts UTF-16 offsets on character boundaries to code points', () => {
    const map = new CodePointMap(ASTRAL);
    expect([0, 1, 3, 4, 6, 7].map((u) => map.toCodePoint(u))).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('converts code points back to UTF-16 offsets', () => {
    const map = new CodePointMap(ASTRAL);
    expect([0, 1, 2, 3, 4, 5].map((c) => map.toUtf16(c))).toEqual([0, 1, 3, 4, 6, 7]);
  });

  it('counts an offset inside a surrogate pair as after the pair', () => {
    const map = new CodePointMap(ASTRAL);
    expect(map.toCodePoint(2)).toBe(2);
    expect(map.toCodePoint(5)).toBe(4);
  });

  it('handles pairs at the very start and end, and adjacent pairs', () => {
    const text = '😀😀x😀';
    const map = new CodePointMap(text);
    expect(map.codePointLength).toBe(4);
    expect([0, 2, 4, 5, 7].map((u) => map.toCodePoint(u))).toEqual([0, 1, 2, 3, 4]);
    expect([0, 1, 2, 3, 4].map((c) => map.toUtf16(c))).toEqual([0, 2, 4, 5, 7]);
  });

  it('treats lone surrogates as one code point each, as the spread operator does', () => {
    const text = 'a\ud83db\ude00c\ud83d';
    const map = new CodePointMap(text);
    expect(map.codePointLength).toBe([...text].length);
    expect(map.toCodePoint(text.length)).toBe([...text].length);
  });

  it('agrees with [...text] on every character boundary of arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
        const map = new CodePointMap(text);
        const chars = [...text];
        expect(map.codePointLength).toBe(chars.length);
        let utf16 = 0;
        for (let cp = 0; cp <= chars.length; cp++) {
          expect(map.toCodePoint(utf16)).toBe(cp);
          expect(map.toUtf16(cp)).toBe(utf16);
          utf16 += (chars[cp] ?? '').length;
        }
      }),
    );
  });
});
