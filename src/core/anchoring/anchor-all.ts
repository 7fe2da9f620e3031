import type { AnnotationTarget } from '../model/annotation';
import { anchorTarget, type Anchor } from './anchor';
import { atPosition, exactNear, exactWhole, fuzzyNear, fuzzyWhole, type StageMatch } from './anchor-stages';
import type { CodePointMap } from './code-points';
import { TrigramIndex } from './trigram-index';

/** From this many quotes on, the whole-text fuzzy search first indexes the text's trigrams (it costs about two searches). */
export const INDEX_FROM = 3;

export interface AnchorAllOptions {
  /** Hash of `text` (see text-hash.ts): a target made on the same hash takes the unchanged-text path. */
  textHash: string;
  /**
   * Also run the last stage (fuzzy search of the whole text) here. The reader leaves it to a
   * worker instead, so the main thread never reads the whole text once per lost annotation.
   */
  fuzzyWholeText?: boolean;
}

/** A target the main-thread stages did not find (orphaned, `pending`): the worker's fuzzy search of the whole text settles it. */
export interface PendingTarget {
  /** Its index in the targets given to anchorAll. */
  index: number;
  target: AnnotationTarget;
  /** UTF-16 offset where it was expected, for scoring nearness. */
  expected: number;
}

export interface AnchorAllResult {
  /** One anchor per target, in the order given. */
  anchors: Anchor[];
  /** The targets left `pending`, for settlePending. */
  pending: PendingTarget[];
}

const ORPHANED: Anchor = { status: 'orphaned' };
const PENDING: Anchor = { status: 'orphaned', pending: true };

/**
 * Anchors many targets in `text` at once. A target made on this very text (same hash) is
 * verified at its stored position (anchorTarget). The others are taken in stored-position order,
 * each expected where it was stored shifted by the offset the previous one (made on the same text)
 * moved, so an insertion above shifts everyone for the price of one comparison; each then goes
 * through the stages of anchor-stages.ts until one accepts a place: the expected place, an exact
 * then a fuzzy search near it, an exact search of the whole text, and (only with
 * `fuzzyWholeText`) a fuzzy search of the whole text. What no stage finds is orphaned, and `pending`
 * (to be settled by settlePending) unless the last stage ran here.
 */
export function anchorAll(text: string, map: CodePointMap, targets: readonly AnnotationTarget[], options: AnchorAllOptions): AnchorAllResult {
  const anchors = new Array<Anchor>(targets.length);
  const pending: PendingTarget[] = [];
  const order = Array.from(targets.keys()).sort((a, b) => (targets[a] as AnnotationTarget).position.start - (targets[b] as AnnotationTarget).position.start || a - b);
  // One running shift per version of the text the targets were made on (code points).
  const shifts = new Map<string, number>();
  let trigrams: TrigramIndex | undefined;
  for (const index of order) {
    const target = targets[index] as AnnotationTarget;
    if (target.textHash === options.textHash) {
      anchors[index] = anchorTarget(text, map, target);
      continue;
    }
    if (target.quote.exact === '') {
      anchors[index] = ORPHANED;
      continue;
    }
    const shift = shifts.get(target.textHash) ?? 0;
    const expected = map.toUtf16(Math.min(Math.max(0, target.position.start + shift), map.codePointLength));
    const { quote } = target;
    const match =
      atPosition(text, quote, expected) ??
      exactNear(text, quote, expected) ??
      fuzzyNear(text, quote, expected) ??
      exactWhole(text, quote, expected) ??
      (options.fuzzyWholeText ? fuzzyWhole(text, quote, expected, (trigrams ??= new TrigramIndex(text))) : null);
    if (match) {
      anchors[index] = toAnchor(text, target, match, options.textHash);
      shifts.set(target.textHash, map.toCodePoint(match.start) - target.position.start);
    } else if (options.fuzzyWholeText) {
      anchors[index] = ORPHANED;
    } else {
      anchors[index] = PENDING;
      pending.push({ index, target, expected });
    }
  }
  return { anchors, pending };
}

/**
 * Settles targets left pending by anchorAll with the last stage, a fuzzy search of the whole
 * text: each is `drifted` when found with a score at or above MIN_SCORE, else `orphaned`. Pure,
 * so the worker runs it as is; one anchor per item, in order.
 */
export function settlePending(text: string, pending: readonly Pick<PendingTarget, 'target' | 'expected'>[], textHash: string): Anchor[] {
  const index = pending.length >= INDEX_FROM ? new TrigramIndex(text) : undefined;
  return pending.map(({ target, expected }) => {
    const match = target.quote.exact === '' ? null : fuzzyWhole(text, target.quote, expected, index);
    return match ? toAnchor(text, target, match, textHash) : ORPHANED;
  });
}

/**
 * The anchor for a match: `anchored` when the text there is the stored quote and some of its
 * context still frames it; otherwise `drifted`, with the current text for the reader to compare.
 */
function toAnchor(text: string, target: AnnotationTarget, match: StageMatch, textHash: string): Anchor {
  const { start, end, score, stage } = match;
  const current = text.slice(start, end);
  const fuzzy = stage === 'near-fuzzy' || stage === 'fuzzy';
  if (current === target.quote.exact && !fuzzy && match.context > 0) return { status: 'anchored', start, end, score, stage };
  return { status: 'drifted', start, end, score, stage, current, kept: target.keptOnTextHash === textHash };
}
