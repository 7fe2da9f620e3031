import type { Annotation } from '../../core/model/annotation';

/**
 * The paint style of an annotation: its verdict's, else note or plain highlight. Each style is
 * one named highlight (`::highlight(mg-…)`), and also the class of a fallback box; their rules
 * are derived from the verdict vocabulary in ui/common/verdict-styles.ts.
 */
export function paintStyleOf(annotation: Pick<Annotation, 'verdict' | 'note'>): string {
  if (annotation.verdict) return `mg-v-${annotation.verdict}`;
  return annotation.note.trim() !== '' ? 'mg-note' : 'mg-highlight';
}

export const ACTIVE_STYLE = 'mg-active';
/** The active passage paints above every other. */
export const ACTIVE_PRIORITY = 10;

/**
 * Passages are painted in tiers by length, each tier its own highlight with its own priority, so
 * that where a short passage lies inside a long one the short one paints on top and stays
 * readable. (A highlight's priority is per highlight, not per range; reader.css styles every
 * tier of a style alike.) Most quotes fall in the first tier, which keeps the style's own name.
 */
export const LENGTH_TIERS: readonly { upTo: number; suffix: string; priority: number }[] = [
  { upTo: 160, suffix: '', priority: 3 },
  { upTo: 800, suffix: '-long', priority: 2 },
  { upTo: Infinity, suffix: '-longest', priority: 1 },
];

/** The highlight name and priority a passage of `length` characters in `style` is painted with. */
export function highlightTier(style: string, length: number): { name: string; priority: number } {
  const tier = LENGTH_TIERS.find((t) => length <= t.upTo) ?? (LENGTH_TIERS[LENGTH_TIERS.length - 1] as (typeof LENGTH_TIERS)[number]);
  return { name: `${style}${tier.suffix}`, priority: tier.priority };
}
