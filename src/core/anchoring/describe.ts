import type { TextPositionSelector, TextQuoteSelector } from '../model/annotation';
import type { CodePointMap } from './code-points';

/** Characters of context kept on each side of a quote: enough to tell repeated passages apart. */
export const CONTEXT_LENGTH = 32;

export interface TextSpan {
  /** UTF-16 offsets into the article text, start inclusive, end exclusive. */
  start: number;
  end: number;
}

export interface Selectors {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

/**
 * Describes a span of `text` as W3C selectors: the exact quote with up to CONTEXT_LENGTH
 * characters of prefix and suffix, and its position in code points. Refuses (returns null) an
 * empty or out-of-range span.
 */
export function describeSpan(text: string, span: TextSpan, map: CodePointMap): Selectors | null {
  const { start, end } = span;
  if (!(start >= 0 && end <= text.length && start < end)) return null;
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(safeBoundary(text, Math.max(0, start - CONTEXT_LENGTH)), start),
      suffix: text.slice(end, safeBoundary(text, Math.min(text.length, end + CONTEXT_LENGTH))),
    },
    position: {
      type: 'TextPositionSelector',
      start: map.toCodePoint(start),
      end: map.toCodePoint(end),
    },
  };
}

/** Moves an offset off the middle of a surrogate pair so that context never holds half a character. */
function safeBoundary(text: string, offset: number): number {
  const c = text.charCodeAt(offset);
  return c >= 0xdc00 && c <= 0xdfff ? offset + 1 : offset;
}

/**
 * Shrinks a span so that it neither starts nor ends with white space; returns null when nothing
 * but white space was selected. Selections made by double-click or by dragging past a line end
 * often carry a trailing space or newline that the reader did not mean to quote.
 */
export function trimSpan(text: string, span: TextSpan): TextSpan | null {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start] as string)) start++;
  while (end > start && /\s/.test(text[end - 1] as string)) end--;
  return start < end ? { start, end } : null;
}
