import type { Annotation } from './annotation';
import { verdictById } from './fact-check';

/**
 * True when every word of `query` occurs (case- and accent-insensitive) in the annotation's
 * quote, note, tags or verdict label. An empty query matches everything.
 */
export function matchesSearch(annotation: Annotation, query: string): boolean {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = fold(
    [annotation.target.quote.exact, annotation.note, annotation.tags.join(' '), annotation.verdict ? (verdictById(annotation.verdict)?.label ?? '') : ''].join('\n'),
  );
  return words.every((w) => haystack.includes(w));
}

function fold(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}
