import { describe, expect, it } from 'vitest';
import { anchorTarget, type Anchor } from '../../src/core/anchoring/anchor';
import { anchorAll, settlePending } from '../../src/core/anchoring/anchor-all';
import type { Annotation } from '../../src/core/model/annotation';
import type { AnnotatableText } from '../../src/core/model/new-annotation';
import { annotateOn, CLOSING, FIGURES, INTRO, joined, LONG, ORIGINAL, PARAGRAPHS, prepared, QUOTE_TWICE, REPEATED } from './support/reanchor-text';

const original = prepared(ORIGINAL);

/** Anchors `annotations` on `on` (main-thread stages only) and returns each anchor with the text it found. */
function anchorOn(on: AnnotatableText, annotations: readonly Annotation[], fuzzyWholeText = false) {
  const result = anchorAll(on.text, on.map, annotations.map((a) => a.target), { textHash: on.textHash, fuzzyWholeText });
  return { ...result, found: result.anchors.map((a) => withText(on.text, a)) };
}

function withText(text: string, anchor: Anchor) {
  return anchor.status === 'orphaned' ? anchor : { ...anchor, found: text.slice(anchor.start, anchor.end) };
}

const SCHOOLS = 'spending on schools will rise by 4 percent';
const BUSES = 'Residents of district 3 spoke in turn about buses';
const VOTE = 'Then the vote was held.';

describe('anchorAll on the text the annotations were made on', () => {
  it('gives what anchorTarget gives: every annotation at its stored place, verified by its context', () => {
    const annotations = [annotateOn(original, SCHOOLS), annotateOn(original, BUSES), annotateOn(original, QUOTE_TWICE, ORIGINAL.indexOf(CLOSING))];
    const { anchors, pending } = anchorOn(original, annotations);
    expect(pending).toEqual([]);
    expect(anchors).toEqual(annotations.map((a) => anchorTarget(ORIGINAL, original.map, a.target)));
    expect(anchors.every((a) => a.status === 'anchored' && a.score === 1)).toBe(true);
  });

  it('returns the anchors in the order the targets were given, whatever their positions', () => {
    const annotations = [annotateOn(original, VOTE), annotateOn(original, INTRO), annotateOn(original, SCHOOLS)];
    const { found } = anchorOn(original, annotations);
    expect(found.map((a) => a.status !== 'orphaned' && a.found)).toEqual([VOTE, INTRO, SCHOOLS]);
  });
});

describe('anchorAll on a changed text', () => {
  const all = () => [annotateOn(original, 'The city council met on Tuesday'), annotateOn(original, SCHOOLS), annotateOn(original, BUSES), annotateOn(original, VOTE)];

  it('follows a sentence inserted before: the first is found near, the rest at their shifted places', () => {
    const inserted = prepared(`The meeting was public. ${ORIGINAL}`);
    const { found, pending } = anchorOn(inserted, all());
    expect(pending).toEqual([]);
    expect(found.map((a) => a.status)).toEqual(['anchored', 'anchored', 'anchored', 'anchored']);
    expect(found.map((a) => a.status !== 'orphaned' && a.stage)).toEqual(['near-exact', 'position', 'position', 'position']);
    expect(found.map((a) => a.status !== 'orphaned' && a.found)).toEqual(['The city council met on Tuesday', SCHOOLS, BUSES, VOTE]);
  });

  it('reports a typo fixed inside the quote as drifted, with the current text', () => {
    const typo = annotateOn(original, 'According to the goverment, spending');
    const fixed = prepared(ORIGINAL.replace('goverment', 'government'));
    const [anchor] = anchorOn(fixed, [typo]).found;
    expect(anchor).toMatchObject({ status: 'drifted', stage: 'near-fuzzy', current: 'According to the government, spending', kept: false });
  });

  it('reports changed white space inside the quote as drifted', () => {
    const spaced = annotateOn(original, 'spoke in turn about buses, parks');
    const rewrapped = prepared(ORIGINAL.replaceAll('spoke in turn', 'spoke\nin  turn'));
    const [anchor] = anchorOn(rewrapped, [spaced]).found;
    expect(anchor).toMatchObject({ status: 'drifted', current: 'spoke\nin  turn about buses, parks' });
  });

  it('leaves an annotation in a removed paragraph pending, and finds the ones after it by searching the whole text', () => {
    const inLong = annotateOn(original, BUSES);
    const after = [annotateOn(original, 'The mayor repeated one line all evening.'), annotateOn(original, VOTE)];
    // Minutes appended after, so that the stored positions still lie inside the shortened text.
    const minutes = 'The minutes of the meeting follow in full. '.repeat(40);
    const removed = prepared(joined([...PARAGRAPHS.filter((p) => p !== LONG), minutes]));
    const { found, pending } = anchorOn(removed, [inLong, ...after]);
    expect(found[0]).toEqual({ status: 'orphaned', pending: true });
    expect(pending.map((p) => p.index)).toEqual([0]);
    // The paragraph was longer than the near window: the next one is found by the whole-text search, then the shift carries.
    expect(found.slice(1).map((a) => a.status !== 'orphaned' && [a.status, a.stage])).toEqual([
      ['anchored', 'exact'],
      ['anchored', 'position'],
    ]);
    expect(settlePending(removed.text, pending, removed.textHash)).toEqual([{ status: 'orphaned' }]);
  });

  it('keeps a quote that appears twice on its own copy when the text above changes', () => {
    const second = annotateOn(original, QUOTE_TWICE, ORIGINAL.indexOf(CLOSING));
    const first = annotateOn(original, QUOTE_TWICE);
    const changed = prepared(joined([INTRO, 'A new paragraph about the weather that evening, which was cold.', FIGURES, LONG, REPEATED, CLOSING]));
    const [onSecond, onFirst] = anchorOn(changed, [second, first]).found;
    expect(onSecond).toMatchObject({ status: 'anchored', start: changed.text.indexOf(QUOTE_TWICE, changed.text.indexOf(CLOSING)) });
    expect(onFirst).toMatchObject({ status: 'anchored', start: changed.text.indexOf(QUOTE_TWICE) });
  });

  it('does not move a quote that appears twice silently onto the other copy when its own copy is removed', () => {
    const second = annotateOn(original, QUOTE_TWICE, ORIGINAL.indexOf(CLOSING));
    const without = prepared(joined([INTRO, FIGURES, LONG, REPEATED, 'At the end of the meeting the vote was held.']));
    const [anchor] = anchorOn(without, [second], true).found;
    // The other copy has the same words but none of the context: offered for the reader to judge, not anchored.
    expect(anchor).toMatchObject({ status: 'drifted', start: without.text.indexOf(QUOTE_TWICE), current: QUOTE_TWICE });
  });

  it('settles in the background a changed quote that moved beyond the near window', () => {
    const figures = annotateOn(original, SCHOOLS);
    const moved = prepared(joined([INTRO, LONG, LONG, FIGURES.replace('4 percent', '5 percent'), REPEATED, CLOSING]));
    const { anchors, pending } = anchorOn(moved, [figures]);
    expect(anchors[0]).toEqual({ status: 'orphaned', pending: true });
    const [settled] = settlePending(moved.text, pending, moved.textHash);
    expect(settled && withText(moved.text, settled)).toMatchObject({ status: 'drifted', stage: 'fuzzy', found: 'spending on schools will rise by 5 percent' });
    // The same result in one pass when the last stage runs inline.
    expect(anchorOn(moved, [figures], true).anchors).toEqual([settled]);
  });

  it('orphans a quote that was rewritten beyond recognition rather than guess a place', () => {
    const figures = annotateOn(original, SCHOOLS);
    const rewritten = prepared(ORIGINAL.replace(SCHOOLS, 'school budgets are to be lifted slightly'));
    expect(anchorOn(rewritten, [figures], true).anchors).toEqual([{ status: 'orphaned' }]);
  });

  it('marks a drifted annotation kept on this text, and only on this text', () => {
    const typo = annotateOn(original, 'According to the goverment, spending');
    const fixed = prepared(ORIGINAL.replace('goverment', 'government'));
    const kept = { ...typo, target: { ...typo.target, keptOnTextHash: fixed.textHash } };
    expect(anchorOn(fixed, [kept]).anchors[0]).toMatchObject({ status: 'drifted', kept: true });
    const again = prepared(fixed.text.replace('The city council', 'The town council'));
    expect(anchorOn(again, [kept]).anchors[0]).toMatchObject({ status: 'drifted', kept: false });
  });

  it('carries a separate shift for annotations made on different versions of the text', () => {
    const v1 = original;
    const v2 = prepared(`Preface. ${ORIGINAL}`);
    const onV1 = annotateOn(v1, BUSES);
    const onV2 = annotateOn(v2, SCHOOLS);
    const v3 = prepared(`A longer preface of several words. ${ORIGINAL}`);
    const { found } = anchorOn(v3, [onV2, onV1]);
    expect(found.map((a) => a.status !== 'orphaned' && a.found)).toEqual([SCHOOLS, BUSES]);
  });

  it('orphans an empty quote at once', () => {
    const empty = annotateOn(original, SCHOOLS);
    const edited = prepared(`x ${ORIGINAL}`);
    const target = { ...empty.target, quote: { ...empty.target.quote, exact: '' } };
    expect(anchorAll(edited.text, edited.map, [target], { textHash: edited.textHash }).anchors).toEqual([{ status: 'orphaned' }]);
  });
});
