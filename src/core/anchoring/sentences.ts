import { trimSpan, type TextSpan } from './describe';

/**
 * The sentences of a text as spans (UTF-16 offsets), without surrounding white space, in order.
 * Boundaries come from Intl.Segmenter (Unicode UAX #29), which also breaks at paragraph ends.
 */
export function sentenceSpans(text: string, locale = 'en'): TextSpan[] {
  const spans: TextSpan[] = [];
  const segmenter = new Intl.Segmenter(locale, { granularity: 'sentence' });
  for (const { segment, index } of segmenter.segment(text)) {
    const span = trimSpan(text, { start: index, end: index + segment.length });
    if (span) spans.push(span);
  }
  return spans;
}

export type SentenceStep = 'next' | 'previous';

/**
 * The selection after one sentence step (keys `j` / `k`). Without `extend`, the sentence after
 * the current selection's end (or before its start); with no selection, the first (or last)
 * sentence. With `extend`, the current selection grows by one sentence in that direction.
 * Returns null when there is no sentence further that way.
 */
export function stepSentence(sentences: readonly TextSpan[], current: TextSpan | null, step: SentenceStep, extend: boolean): TextSpan | null {
  if (sentences.length === 0) return null;
  if (!current) return (step === 'next' ? sentences[0] : sentences[sentences.length - 1]) ?? null;
  if (step === 'next') {
    const next = sentences.find((s) => s.end > current.end);
    if (!next) return null;
    return extend ? { start: current.start, end: next.end } : next;
  }
  let previous: TextSpan | undefined;
  for (const s of sentences) {
    if (s.start < current.start) previous = s;
    else break;
  }
  if (!previous) return null;
  return extend ? { start: previous.start, end: current.end } : previous;
}
