import type { ArticleBlock } from './article';

/** Shorter blocks ("Share", "Advertisement") repeat for layout's sake; only longer text is worth a note. */
const MIN_LENGTH = 24;

/** A block's text as a reader compares it: curly and straight quotes alike, spaces collapsed, case ignored. */
function comparable(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/**
 * The indices of blocks that repeat an earlier block of the same kind, word for word but for
 * quote marks, spacing and case: a caption printed twice, as some republished pages do. The
 * text stays as published (FACT-CHECK.md); the reader only says it is repeated.
 */
export function repeatedBlocks(blocks: readonly ArticleBlock[]): Set<number> {
  const seen = new Set<string>();
  const repeated = new Set<number>();
  blocks.forEach((block, index) => {
    const key = comparable(block.text);
    if (key.length < MIN_LENGTH) return;
    const id = `${block.kind}\u0000${key}`;
    if (seen.has(id)) repeated.add(index);
    else seen.add(id);
  });
  return repeated;
}
