import type { ArticleBlock } from '../model/article';
import { sha256Hex } from '../model/sha256';

/** Characters that change nothing a reader sees: byte-order marks and zero-width spaces. */
const INVISIBLE = /[\uFEFF\u200B]/g;

/**
 * Cleans text as it arrives (pasted or read from a file): Unicode NFC, one kind of line ending,
 * no byte-order mark, no spaces at the ends of lines. What a person sees does not change.
 */
export function normalizeInput(raw: string): string {
  return raw
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t\f\v]+$/gm, '');
}

/**
 * The text an article's identity is computed from: its blocks' text (not the title, which the
 * reader may edit before opening; not the block kinds or marks, which are only presentation),
 * normalized so that the same words arrived by another road (a different line ending, a
 * decomposed accent, a no-break space, a copy with different line wrapping) give the same text.
 */
export function identityText(blocks: readonly Pick<ArticleBlock, 'text'>[]): string {
  return blocks
    .map((b) =>
      normalizeInput(b.text)
        .replace(/[\s\u00A0]+/g, ' ')
        .trim(),
    )
    .filter((t) => t !== '')
    .join('\n\n');
}

/** How many hex digits of the SHA-256 go into an id: 128 bits, far beyond any chance of collision. */
const ID_HEX_DIGITS = 32;

/**
 * The id of an article made from these blocks: `h-` and the start of the SHA-256 of its identity
 * text, so opening the same text twice finds the same article and its annotations.
 */
export function articleIdOf(blocks: readonly Pick<ArticleBlock, 'text'>[]): string {
  return `h-${sha256Hex(identityText(blocks)).slice(0, ID_HEX_DIGITS)}`;
}

/** The IRI an opened article is annotated under (the W3C target `source`). */
export function articleIriOf(id: string): string {
  return `urn:marginalia:article:${id}`;
}
