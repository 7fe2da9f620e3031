import type { Annotation } from '../../../src/core/model/annotation';
import { EMPTY_CONTENT, newAnnotation, type AnnotatableText } from '../../../src/core/model/new-annotation';
import { annotatableTextOf } from '../../../src/core/model/annotatable-text';

/**
 * A small article in several versions, for the tests of re-anchoring on changed text. The long
 * paragraph is longer than NEAR_WINDOW on purpose, so that removing it moves what follows further
 * than the near searches look.
 */
export const INTRO = 'The city council met on Tuesday to discuss the new budget for the coming year.';
export const FIGURES = 'According to the goverment, spending on schools will rise by 4 percent, while roads get less.';
export const LONG = Array.from(
  { length: 9 },
  (_, i) => `Residents of district ${i + 1} spoke in turn about buses, parks, lighting and the state of the pavements near their homes.`,
).join(' ');
export const QUOTE_TWICE = 'We will not raise taxes.';
export const REPEATED = `The mayor repeated one line all evening. ${QUOTE_TWICE} Some in the room applauded.`;
export const CLOSING = `At the end of the meeting a councillor read the line back to him: “${QUOTE_TWICE}” Then the vote was held.`;

export const PARAGRAPHS = [INTRO, FIGURES, LONG, REPEATED, CLOSING];

/** Paragraphs joined as the reader joins blocks. */
export function joined(paragraphs: readonly string[]): string {
  return paragraphs.join('\n\n');
}

export const ORIGINAL = joined(PARAGRAPHS);

/** A text prepared for annotating and anchoring (id and source are fixed). */
export function prepared(text: string): AnnotatableText {
  return annotatableTextOf({ articleId: 'test-article', source: 'urn:test:article' }, text);
}

let counter = 0;

/** An annotation on the occurrence of `quote` in `on.text` at or after `from` (UTF-16). */
export function annotateOn(on: AnnotatableText, quote: string, from = 0): Annotation {
  const start = on.text.indexOf(quote, from);
  const made = start < 0 ? null : newAnnotation(on, { start, end: start + quote.length }, EMPTY_CONTENT, `urn:uuid:test-${++counter}`, new Date('2026-01-02T03:04:05Z'));
  if (!made) throw new Error(`“${quote}” is not in the text after ${from}`);
  return made;
}
