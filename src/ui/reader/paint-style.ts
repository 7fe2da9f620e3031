import type { Annotation } from '../../core/model/annotation';

/**
 * The paint style of an annotation: its verdict's, else note or plain highlight. Each style is
 * one named highlight (`::highlight(mg-…)` in reader.css), so colour, underline and glyph of a
 * verdict are defined once, in CSS.
 */
export function paintStyleOf(annotation: Pick<Annotation, 'verdict' | 'note'>): string {
  if (annotation.verdict) return `mg-v-${annotation.verdict}`;
  return annotation.note.trim() !== '' ? 'mg-note' : 'mg-highlight';
}

export const ACTIVE_STYLE = 'mg-active';
