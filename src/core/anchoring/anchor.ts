import type { AnnotationTarget, TextQuoteSelector } from '../model/annotation';
import type { CodePointMap } from './code-points';
import { matchQuoteExact } from './match-quote';

/**
 * Where a stored target lies in the current text:
 * - `anchored`: the quoted text was found (at its stored position, or moved);
 * - `drifted`: found, but the text there differs from the stored quote (or only a fuzzy search
 *   found it, or its context no longer agrees on either side); the reader is asked to accept
 *   the new position or keep the annotation as it was;
 * - `orphaned`: not found; the annotation is kept and listed, never dropped. While the last,
 *   slowest search (fuzzy, over the whole text, in a worker) is still looking, it is orphaned with
 *   `pending: true`: it has no place yet either way, so code that only asks "does it have a
 *   place?" needs no third case.
 */
export type AnchorStatus = 'anchored' | 'drifted' | 'orphaned';

/** Which search found an annotation on changed text (see anchor-stages.ts). */
export type AnchorStage = 'position' | 'near-exact' | 'near-fuzzy' | 'exact' | 'fuzzy';

/** A place found in the text, in UTF-16 offsets, with its score (0..1). */
export interface PlacedAnchor {
  start: number;
  end: number;
  score: number;
  /** Which stage found it (absent when the text had not changed). */
  stage?: AnchorStage;
}

export type Anchor =
  | ({ status: 'anchored' } & PlacedAnchor)
  | ({
      status: 'drifted';
      /** The text now at the place found, shown beside the stored quote. */
      current: string;
      /** True when the reader chose `Keep as it was` on this text: not asked again. */
      kept: boolean;
    } & PlacedAnchor)
  | { status: 'orphaned'; pending?: true };

/** True for an anchor with a place in the text (anchored or drifted). */
export function isPlaced(anchor: Anchor | undefined): anchor is Extract<Anchor, PlacedAnchor> {
  return anchor !== undefined && (anchor.status === 'anchored' || anchor.status === 'drifted');
}

/**
 * Finds a target in `text` (offsets returned in UTF-16). The stored position is tried first and
 * accepted only when the text there still equals the quote and is framed by the stored prefix and
 * suffix; otherwise the quote is searched for, with prefix and suffix picking the right occurrence
 * when it appears more than once. (Checking the quote alone is not enough: a stale position can
 * land on another copy of a repeated passage, such as a caption printed twice.)
 */
export function anchorTarget(text: string, map: CodePointMap, target: AnnotationTarget): Anchor {
  const { quote, position } = target;
  if (quote.exact === '') return { status: 'orphaned' };
  if (position.start >= 0 && position.end <= map.codePointLength && position.start < position.end) {
    const start = map.toUtf16(position.start);
    const end = map.toUtf16(position.end);
    if (text.slice(start, end) === quote.exact && contextAgrees(text, start, end, quote)) return { status: 'anchored', start, end, score: 1 };
  }
  const hint = position.start >= 0 && position.start <= map.codePointLength ? map.toUtf16(position.start) : undefined;
  const match = matchQuoteExact(text, quote, hint);
  if (match) return { status: 'anchored', start: match.start, end: match.end, score: match.score };
  return { status: 'orphaned' };
}

/** True when the stored prefix ends right before `start` and the stored suffix starts at `end`. */
function contextAgrees(text: string, start: number, end: number, quote: TextQuoteSelector): boolean {
  return (
    start >= quote.prefix.length &&
    text.slice(start - quote.prefix.length, start) === quote.prefix &&
    text.slice(end, end + quote.suffix.length) === quote.suffix
  );
}
