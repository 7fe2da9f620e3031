/** Longest tag kept; longer input is cut so that one pasted paragraph cannot become a tag. */
export const MAX_TAG_LENGTH = 60;

/**
 * Parses the comma-separated tags field: trims, drops empties, collapses inner spaces and
 * removes duplicates (case-insensitive, first spelling wins). Never throws.
 */
export function parseTags(input: string): string[] {
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const raw of input.split(',')) {
    const tag = raw.replace(/\s+/g, ' ').trim().slice(0, MAX_TAG_LENGTH);
    const key = tag.toLowerCase();
    if (tag === '' || seen.has(key)) continue;
    seen.add(key);
    tags.push(tag);
  }
  return tags;
}

/** The inverse of parseTags, for filling the field back in. */
export function formatTags(tags: readonly string[]): string {
  return tags.join(', ');
}
