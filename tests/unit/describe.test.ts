import { describe, expect, it } from 'vitest';
import { CodePointMap } from '../../src/core/anchoring/code-points';
import { CONTEXT_LENGTH, describeSpan, trimSpan } from '../../src/core/anchoring/describe';

const isLowSurrogate = (s: string, i: number) => /[\udc00-\udfff]/.test(s.charAt(i));
const isHighSurrogate = (s: string, i: number) => /[\ud800-\udbff]/.test(s.charAt(i));

describe('describeSpan', () => {
  const text = 'The United States has asked Russia to stop conducting airstrikes against the al-Nusra Front terrorists in Syria.';
  const map = new CodePointMap(text);
  const span = (quote: string) => {
    const start = text.indexOf(quote);
    return { start, end: start + quote.length };
  };

  it('gives the exact quote with CONTEXT_LENGTH characters of context each side, and its position', () => {
    const s = span('conducting airstrikes');
    expect(describeSpan(text, s, map)).toEqual({
      quote: {
        type: 'TextQuoteSelector',
        exact: 'conducting airstrikes',
        prefix: text.slice(s.start - CONTEXT_LENGTH, s.start),
        suffix: text.slice(s.end, s.end + CONTEXT_LENGTH),
      },
      position: { type: 'TextPositionSelector', start: s.start, end: s.end },
    });
    expect(CONTEXT_LENGTH).toBe(32);
  });

  it('keeps shorter context at the start and end of the text', () => {
    const first = describeSpan(text, span('The United'), map);
    expect(first?.quote.prefix).toBe('');
    const last = describeSpan(text, span('in Syria'), map);
    expect(last?.quote.suffix).toBe('.');
  });

  it('refuses an empty, reversed or out-of-range span', () => {
    expect(describeSpan(text, { start: 5, end: 5 }, map)).toBeNull();
    expect(describeSpan(text, { start: 6, end: 5 }, map)).toBeNull();
    expect(describeSpan(text, { start: -1, end: 5 }, map)).toBeNull();
    expect(describeSpan(text, { start: 0, end: text.length + 1 }, map)).toBeNull();
    expect(describeSpan(text, { start: 0, end: text.length }, map)?.quote.exact).toBe(text);
  });

  it('counts the position in code points when astral characters come first', () => {
    const astral = '😀😀 Lavrov says 😀';
    const start = astral.indexOf('Lavrov');
    const d = describeSpan(astral, { start, end: start + 6 }, new CodePointMap(astral));
    expect(d?.position).toEqual({ type: 'TextPositionSelector', start: 3, end: 9 });
    expect(d?.quote.exact).toBe('Lavrov');
  });

  it('never cuts a surrogate pair in the prefix or suffix', () => {
    // Put an emoji exactly where the context would be cut: CONTEXT_LENGTH units before the quote
    // would start on its low surrogate, CONTEXT_LENGTH units after would end after its high one.
    const filler = 'x'.repeat(CONTEXT_LENGTH - 1);
    const astral = `😀${filler}QUOTE${filler}😀tail`;
    const start = astral.indexOf('QUOTE');
    const end = start + 5;
    expect(isLowSurrogate(astral, start - CONTEXT_LENGTH)).toBe(true);
    expect(isHighSurrogate(astral, end + CONTEXT_LENGTH - 1)).toBe(true);
    const d = describeSpan(astral, { start, end }, new CodePointMap(astral));
    expect(d?.quote.prefix).toBe(filler);
    expect(d?.quote.suffix).toBe(`${filler}😀`);
  });

  it('never cuts a surrogate pair in any context, wherever the quote starts', () => {
    const astral = 'ab😀c😀😀d🇸🇾e'.repeat(6);
    const map = new CodePointMap(astral);
    for (let start = 0; start < astral.length; start++) {
      if (isLowSurrogate(astral, start)) continue;
      const end = start + (isHighSurrogate(astral, start) ? 2 : 1);
      const d = describeSpan(astral, { start, end }, map);
      const { prefix, suffix } = d?.quote ?? { prefix: '', suffix: '' };
      expect(isLowSurrogate(prefix, 0), `prefix of ${start}`).toBe(false);
      expect(isHighSurrogate(suffix, suffix.length - 1), `suffix of ${start}`).toBe(false);
      expect(astral.slice(start - prefix.length, start)).toBe(prefix);
      expect(astral.slice(end, end + suffix.length)).toBe(suffix);
    }
  });
});

describe('trimSpan', () => {
  const text = 'Lavrov said.  \n\n“They are telling us\u00a0not to hit it.”\t';

  it('drops white space, line ends and no-break spaces at either end of a selection', () => {
    const trimmed = trimSpan(text, { start: 12, end: text.length });
    expect(trimmed && text.slice(trimmed.start, trimmed.end)).toBe('“They are telling us\u00a0not to hit it.”');
    const nbsp = text.indexOf('\u00a0');
    const inner = trimSpan(text, { start: nbsp, end: nbsp + 4 });
    expect(inner && text.slice(inner.start, inner.end)).toBe('not');
  });

  it('keeps a span that has no outer white space as it is, inner spaces included', () => {
    expect(trimSpan(text, { start: 0, end: 12 })).toEqual({ start: 0, end: 12 });
  });

  it('returns null when only white space was selected', () => {
    expect(trimSpan(text, { start: 12, end: 16 })).toBeNull();
    expect(trimSpan(text, { start: 3, end: 3 })).toBeNull();
  });

  it('keeps an astral character at either end whole', () => {
    const astral = ' 😀 ok 😀\n';
    expect(trimSpan(astral, { start: 0, end: astral.length })).toEqual({ start: 1, end: astral.length - 1 });
  });
});
