import { describe, expect, it } from 'vitest';
import { anchorAll } from '../../src/core/anchoring/anchor-all';
import { acceptNewPosition, keepAsItWas } from '../../src/core/anchoring/drift';
import { toW3CAnnotation } from '../../src/core/exchange/w3c';
import { annotateOn, ORIGINAL, prepared } from './support/reanchor-text';

const NOW = new Date('2026-03-04T05:06:07Z');
const original = prepared(ORIGINAL);
const fixed = prepared(ORIGINAL.replace('goverment', 'government'));
const typo = { ...annotateOn(original, 'According to the goverment, spending'), note: 'Which department?', tags: ['budget'] };

function driftedSpan() {
  const [anchor] = anchorAll(fixed.text, fixed.map, [typo.target], { textHash: fixed.textHash }).anchors;
  if (anchor?.status !== 'drifted') throw new Error('expected the typo fix to drift');
  return { start: anchor.start, end: anchor.end };
}

describe('Accept new position', () => {
  it('describes the target afresh on the current text and keeps the id, created time and content', () => {
    const accepted = acceptNewPosition(typo, fixed, driftedSpan(), NOW);
    expect(accepted).toMatchObject({ id: typo.id, created: typo.created, note: 'Which department?', tags: ['budget'], modified: NOW.toISOString() });
    expect(accepted?.target.quote.exact).toBe('According to the government, spending');
    expect(accepted?.target.textHash).toBe(fixed.textHash);
    // Now made on the current text: anchored at its stored place, no longer drifted.
    if (!accepted) throw new Error('not accepted');
    const [again] = anchorAll(fixed.text, fixed.map, [accepted.target], { textHash: fixed.textHash }).anchors;
    expect(again).toMatchObject({ status: 'anchored', score: 1 });
  });

  it('refuses an empty span', () => {
    expect(acceptNewPosition(typo, fixed, { start: 4, end: 4 }, NOW)).toBeNull();
  });

  it('drops an earlier Keep as it was', () => {
    const kept = keepAsItWas(typo, fixed.textHash, NOW);
    expect(acceptNewPosition(kept, fixed, driftedSpan(), NOW)?.target).not.toHaveProperty('keptOnTextHash');
  });
});

describe('Keep as it was', () => {
  it('keeps the stored quote and position and remembers the text it was kept on', () => {
    const kept = keepAsItWas(typo, fixed.textHash, NOW);
    expect(kept.target.quote).toEqual(typo.target.quote);
    expect(kept.target.position).toEqual(typo.target.position);
    expect(kept.target.keptOnTextHash).toBe(fixed.textHash);
    expect(kept.modified).toBe(NOW.toISOString());
    const [anchor] = anchorAll(fixed.text, fixed.map, [kept.target], { textHash: fixed.textHash }).anchors;
    expect(anchor).toMatchObject({ status: 'drifted', kept: true });
  });

  it('stays out of the W3C export, whose target keeps its two selectors only', () => {
    const exported = toW3CAnnotation(keepAsItWas(typo, fixed.textHash, NOW));
    expect(JSON.stringify(exported)).not.toContain(fixed.textHash);
    expect(exported.target.selector.map((s) => s.type)).toEqual(['TextQuoteSelector', 'TextPositionSelector']);
  });
});
