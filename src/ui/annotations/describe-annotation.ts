import type { Annotation } from '../../core/model/annotation';
import { verdictById } from '../../core/model/fact-check';
import { markdownToPlainText } from '../../core/model/markdown-text';

/** Longest quote read out in full; longer ones are cut, since the passage itself is on screen. */
const SPOKEN_QUOTE_LENGTH = 160;

/**
 * One annotation in words, for a screen reader: its kind or verdict, the quote, the note (as
 * text: `**bold**` is read as "bold") and the tags. It pulls in marked's lexer, so the reader
 * page imports this module when it first announces, not with the first paint.
 */
export function describeAnnotation(annotation: Annotation): string {
  const verdict = annotation.verdict ? verdictById(annotation.verdict)?.label : undefined;
  const kind = verdict ? `Fact-check, ${verdict}` : annotation.note.trim() ? 'Note' : 'Highlight';
  const quote = annotation.target.quote.exact;
  const parts = [`${kind}: “${quote.length > SPOKEN_QUOTE_LENGTH ? `${quote.slice(0, SPOKEN_QUOTE_LENGTH)}…` : quote}”.`];
  const note = markdownToPlainText(annotation.note);
  if (note) parts.push(`Note: ${note.replace(/\s+/g, ' ')}`);
  if (annotation.tags.length > 0) parts.push(`Tags: ${annotation.tags.join(', ')}.`);
  return parts.join(' ');
}

