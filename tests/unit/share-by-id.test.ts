import { describe, expect, it } from 'vitest';
import { shareById } from '../../src/state/annotations';
import { annotateOn, ORIGINAL, prepared } from './support/reanchor-text';

const on = prepared(ORIGINAL);

describe('shareById (structural sharing of the annotation list)', () => {
  const a = annotateOn(on, 'The city council');
  const b = annotateOn(on, 'spending on schools');
  const c = annotateOn(on, 'Then the vote was held.');

  it('keeps every unchanged annotation object when one is inserted before them, however the list shifts', () => {
    const inserted = annotateOn(on, 'Tuesday');
    const next = [a, inserted, b, c].map((x) => structuredClone(x));
    const shared = shareById([a, b, c], next) as unknown[];
    expect(shared[0]).toBe(a);
    expect(shared[2]).toBe(b);
    expect(shared[3]).toBe(c);
    expect(shared[1]).toEqual(inserted);
  });

  it('hands out the new object for a changed annotation, and the same list when nothing changed', () => {
    const edited = { ...structuredClone(b), note: 'changed' };
    const shared = shareById([a, b, c], [structuredClone(a), edited, structuredClone(c)]) as unknown[];
    expect(shared[1]).toEqual(edited);
    expect(shared[1]).not.toBe(b);
    expect(shared[0]).toBe(a);
    const previous = [a, b, c];
    expect(shareById(previous, previous.map((x) => structuredClone(x)))).toBe(previous);
  });
});
