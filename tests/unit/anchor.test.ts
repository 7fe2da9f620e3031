import { describe, expect, it } from 'vitest';
import { anchorTarget } from '../../src/core/anchoring/anchor';
import { CodePointMap } from '../../src/core/anchoring/code-points';
import type { Annotation, AnnotationTarget } from '../../src/core/model/annotation';
import { articleText, BLOCK_SEPARATOR } from '../../src/core/model/article';
import { EMPTY_CONTENT, newAnnotation, type AnnotatableText } from '../../src/core/model/new-annotation';
import { shippedAnnotatable, shippedArticle, shippedText } from '../support/shipped-article';
import { annotatableTextOf } from '../../src/core/model/annotatable-text';

const NOW = new Date('2026-01-02T03:04:05Z');

function prepared(text: string): AnnotatableText {
  return annotatableTextOf(shippedAnnotatable, text);
}

/** An annotation on the occurrence of `quote` starting at or after `from` (UTF-16). */
function annotate(on: AnnotatableText, quote: string, from = 0): Annotation {
  const start = on.text.indexOf(quote, from);
  const made = start < 0 ? null : newAnnotation(on, { start, end: start + quote.length }, EMPTY_CONTENT, 'urn:uuid:test', NOW);
  if (!made) throw new Error(`“${quote}” is not in the text after ${from}`);
  return made;
}

/** Anchors `target` in `text` and returns the quoted text and where it was found. */
function anchorIn(text: string, target: AnnotationTarget) {
  const anchor = anchorTarget(text, new CodePointMap(text), target);
  return anchor.status === 'orphaned' ? anchor : { ...anchor, found: text.slice(anchor.start, anchor.end) };
}

/** The same target with its position moved to `start` (code points), keeping its length. */
function withPosition(target: AnnotationTarget, start: number): AnnotationTarget {
  const length = target.position.end - target.position.start;
  return { ...target, position: { type: 'TextPositionSelector', start, end: start + length } };
}

describe('anchorTarget', () => {
  const QUOTE = 'hundreds living in camps for displaced people';

  it('accepts the stored position when the text there still equals the quote', () => {
    const { target } = annotate(shippedAnnotatable, QUOTE);
    const start = shippedText.indexOf(QUOTE);
    expect(anchorIn(shippedText, target)).toEqual({ status: 'anchored', start, end: start + QUOTE.length, score: 1, found: QUOTE });
  });

  it('does not trust a position whose text differs from the quote, and searches instead', () => {
    const { target } = annotate(shippedAnnotatable, QUOTE);
    // The text at the stored position changed; the quote now sits elsewhere.
    const edited = shippedText.replace(QUOTE, 'many people').replace('Aleppo.', `Aleppo, where ${QUOTE} live.`);
    const anchor = anchorIn(edited, target);
    expect(anchor).toMatchObject({ status: 'anchored', start: edited.indexOf(QUOTE), found: QUOTE });
  });

  it('keeps the stored place when only the context around the quote was reworded', () => {
    const { target } = annotate(shippedAnnotatable, QUOTE);
    const reworded = shippedText.replace('Other sources say', 'Other reports say');
    expect(reworded.indexOf(QUOTE)).toBe(shippedText.indexOf(QUOTE));
    const anchor = anchorIn(reworded, target);
    expect(anchor).toMatchObject({ status: 'anchored', start: shippedText.indexOf(QUOTE), found: QUOTE });
    // Found by search (the prefix no longer agrees in full), so the score says it is less sure.
    expect(anchor.status !== 'orphaned' && anchor.score).toBeLessThan(1);
  });

  it('finds text that moved when a paragraph was added above it', () => {
    const { target } = annotate(shippedAnnotatable, QUOTE);
    const moved = articleText({ ...shippedArticle, blocks: [{ kind: 'paragraph', text: 'Editor’s note: this article was updated.' }, ...shippedArticle.blocks] });
    const anchor = anchorIn(moved, target);
    expect(anchor).toMatchObject({ status: 'anchored', start: moved.indexOf(QUOTE), found: QUOTE });
    expect(moved.indexOf(QUOTE)).not.toBe(shippedText.indexOf(QUOTE));
  });

  it('finds text whose stored position lies past the end of a shortened text', () => {
    const { target } = annotate(shippedAnnotatable, 'Articles by: Press TV');
    const shortened = articleText({ ...shippedArticle, blocks: shippedArticle.blocks.filter((b) => b.kind === 'byline') });
    expect(target.position.end).toBeGreaterThan(shortened.length);
    expect(anchorIn(shortened, target)).toMatchObject({ status: 'anchored', found: 'Articles by: Press TV' });
  });

  it('counts positions in code points when astral characters come before the quote', () => {
    const astral = articleText({ ...shippedArticle, blocks: [{ kind: 'paragraph', text: '😡😡 reactions 🕊️' }, ...shippedArticle.blocks] });
    const { target } = annotate(prepared(astral), QUOTE);
    expect(target.position.start).toBe(astral.indexOf(QUOTE) - 3);
    expect(anchorIn(astral, target)).toMatchObject({ status: 'anchored', start: astral.indexOf(QUOTE), score: 1, found: QUOTE });
  });

  it('reports a quote that is no longer in the text as orphaned', () => {
    const { target } = annotate(shippedAnnotatable, QUOTE);
    const without = shippedText.replace(QUOTE, 'refugees');
    expect(anchorIn(without, target)).toEqual({ status: 'orphaned' });
  });

  it('reports an empty quote as orphaned', () => {
    const { target } = annotate(shippedAnnotatable, QUOTE);
    expect(anchorIn(shippedText, { ...target, quote: { ...target.quote, exact: '' } })).toEqual({ status: 'orphaned' });
  });
});

describe('anchorTarget on the photo caption that the shipped article holds twice', () => {
  // The two captions differ only in the apostrophe after "journalists": straight in the first,
  // curly in the second. This quote is identical in both.
  const CAPTION = 'Foreign Minister Sergey Lavrov of Russia answers journalists';
  const captions = shippedArticle.blocks.filter((b) => b.kind === 'caption').map((b) => b.text);
  const first = shippedText.indexOf(CAPTION);
  const second = shippedText.indexOf(CAPTION, first + 1);
  const onSecond = annotate(shippedAnnotatable, CAPTION, first + 1).target;

  it('really holds the quote twice, with different apostrophes after it', () => {
    expect(captions).toHaveLength(2);
    expect(captions[0]).toContain(`${CAPTION}'`);
    expect(captions[1]).toContain(`${CAPTION}’`);
    expect(first).toBeGreaterThanOrEqual(0);
    expect(second).toBeGreaterThan(first);
    expect(shippedText.indexOf(CAPTION, second + 1)).toBe(-1);
  });

  it('records the second copy', () => {
    expect(onSecond.position.start).toBe(second);
    expect(onSecond.quote.suffix.startsWith('’ questions')).toBe(true);
  });

  it('stays on the second copy with fresh positions', () => {
    expect(anchorIn(shippedText, onSecond)).toMatchObject({ status: 'anchored', start: second, found: CAPTION });
  });

  it('stays on the second copy when the stale position points at the first copy', () => {
    expect(anchorIn(shippedText, withPosition(onSecond, first))).toMatchObject({ status: 'anchored', start: second, found: CAPTION });
  });

  it('stays on the second copy when the stale position points at nothing useful', () => {
    for (const stale of [0, first - 7, second + 40, shippedText.length + 10]) {
      expect(anchorIn(shippedText, withPosition(onSecond, stale)), `position ${stale}`).toMatchObject({ status: 'anchored', start: second });
    }
  });

  it('follows the second copy when a paragraph is added above both', () => {
    const added = 'Editor’s note: the photo is repeated below.';
    const moved = articleText({ ...shippedArticle, blocks: [{ kind: 'paragraph', text: added }, ...shippedArticle.blocks] });
    const shift = added.length + BLOCK_SEPARATOR.length;
    expect(anchorIn(moved, onSecond)).toMatchObject({ status: 'anchored', start: second + shift, found: CAPTION });
  });

  it('keeps an annotation on the first copy on the first copy', () => {
    const onFirst = annotate(shippedAnnotatable, CAPTION).target;
    expect(onFirst.position.start).toBe(first);
    expect(anchorIn(shippedText, onFirst)).toMatchObject({ status: 'anchored', start: first });
    expect(anchorIn(shippedText, withPosition(onFirst, second))).toMatchObject({ status: 'anchored', start: first });
  });
});
