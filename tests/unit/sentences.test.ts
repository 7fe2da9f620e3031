import { describe, expect, it } from 'vitest';
import { sentenceSpans, stepSentence } from '../../src/core/anchoring/sentences';

const text = 'Title line\n\nFirst sentence here. Second one, with 3.5 figures? Third!\n\nNew paragraph.';
const quote = (s: { start: number; end: number } | null) => (s ? text.slice(s.start, s.end) : null);

describe('sentenceSpans', () => {
  it('splits into sentences without surrounding white space, breaking at paragraph ends', () => {
    expect(sentenceSpans(text).map(quote)).toEqual(['Title line', 'First sentence here.', 'Second one, with 3.5 figures?', 'Third!', 'New paragraph.']);
  });

  it('returns nothing for white space only', () => {
    expect(sentenceSpans('  \n\n ')).toEqual([]);
  });
});

describe('stepSentence', () => {
  const sentences = sentenceSpans(text);

  it('starts at the first sentence going forward and the last going back', () => {
    expect(quote(stepSentence(sentences, null, 'next', false))).toBe('Title line');
    expect(quote(stepSentence(sentences, null, 'previous', false))).toBe('New paragraph.');
  });

  it('moves to the next and previous sentence', () => {
    const second = sentences[2] ?? null;
    expect(quote(stepSentence(sentences, second, 'next', false))).toBe('Third!');
    expect(quote(stepSentence(sentences, second, 'previous', false))).toBe('First sentence here.');
  });

  it('completes a partial selection to its sentence first', () => {
    const start = text.indexOf('with 3.5');
    expect(quote(stepSentence(sentences, { start, end: start + 4 }, 'next', false))).toBe('Second one, with 3.5 figures?');
  });

  it('extends the selection by one sentence either way', () => {
    const second = sentences[2] ?? null;
    expect(quote(stepSentence(sentences, second, 'next', true))).toBe('Second one, with 3.5 figures? Third!');
    expect(quote(stepSentence(sentences, second, 'previous', true))).toBe('First sentence here. Second one, with 3.5 figures?');
  });

  it('stops at the ends of the text', () => {
    expect(stepSentence(sentences, sentences[4] ?? null, 'next', false)).toBeNull();
    expect(stepSentence(sentences, sentences[0] ?? null, 'previous', true)).toBeNull();
    expect(stepSentence([], null, 'next', false)).toBeNull();
  });
});
