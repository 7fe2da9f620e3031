import type { Annotation } from '../../core/model/annotation';
import { verdictById } from '../../core/model/fact-check';

/** Longest quote read out in full; longer ones are cut, since the passage itself is on screen. */
const SPOKEN_QUOTE_LENGTH = 160;

/** One annotation in words, for a screen reader: its kind or verdict, the quote, the note and the tags. */
export function describeAnnotation(annotation: Annotation): string {
  const verdict = annotation.verdict ? verdictById(annotation.verdict)?.label : undefined;
  const kind = verdict ? `Fact-check, ${verdict}` : annotation.note.trim() ? 'Note' : 'Highlight';
  const quote = annotation.target.quote.exact;
  const parts = [`${kind}: “${quote.length > SPOKEN_QUOTE_LENGTH ? `${quote.slice(0, SPOKEN_QUOTE_LENGTH)}…` : quote}”.`];
  if (annotation.note.trim()) parts.push(`Note: ${annotation.note.trim()}`);
  if (annotation.tags.length > 0) parts.push(`Tags: ${annotation.tags.join(', ')}.`);
  return parts.join(' ');
}
