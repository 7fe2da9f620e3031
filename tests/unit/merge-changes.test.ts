import { describe, expect, it } from 'vitest';
import { compareByPosition, type Annotation } from '../../src/core/model/annotation';
import { mergeChanges } from '../../src/core/model/merge-changes';
import { annotatableText } from '../../src/core/model/annotatable-text';
import { generateAnnotations } from '../../bench/annotation-workload';
import { annotateOn, ORIGINAL, prepared } from './support/reanchor-text';

const on = prepared(ORIGINAL);
const a = annotateOn(on, 'The city council');
const b = annotateOn(on, 'spending on schools');
const c = annotateOn(on, 'Then the vote was held.');
const ids = (list: readonly Annotation[]) => list.map((x) => x.id);

describe('mergeChanges (what arrived from elsewhere, into a list in document order)', () => {
  it('puts a new annotation where it sorts, replaces an edited one and takes a deleted one out, keeping the other objects', () => {
    const tuesday = annotateOn(on, 'Tuesday');
    const edited = { ...b, note: 'edited elsewhere' };
    const list = [a, b, c];
    const merged = mergeChanges(list, [tuesday, edited], [c.id]);
    expect(ids(merged)).toEqual(ids([a, tuesday, b].sort(compareByPosition)));
    expect(merged.find((x) => x.id === b.id)?.note).toBe('edited elsewhere');
    expect(merged[0]).toBe(a);
    expect(ids(list)).toEqual(ids([a, b, c]));
  });

  it('lets a delete win over a put of the same id, and the last put of an id over an earlier one', () => {
    expect(ids(mergeChanges([a, b], [{ ...c }], [c.id]))).toEqual(ids([a, b]));
    const merged = mergeChanges([a], [{ ...b, note: 'first' }, { ...b, note: 'second' }], []);
    expect(merged).toHaveLength(2);
    expect(merged.find((x) => x.id === b.id)?.note).toBe('second');
  });

  it('gives the same list a full sort would, for a first sync of thousands and for a few changes into thousands', () => {
    const many = generateAnnotations(annotatableText({ id: 't', iri: 'urn:t', title: 'T', blocks: [{ kind: 'paragraph', text: 'word '.repeat(4000) }] }), 3000, 7, new Date('2026-01-01T00:00:00Z'));
    const sorted = [...many].sort(compareByPosition);
    expect(ids(mergeChanges([], many, []))).toEqual(ids(sorted));
    const few = many.slice(0, 10).map((x) => ({ ...x, note: 'again' }));
    const rest = sorted.filter((x) => !few.some((f) => f.id === x.id));
    expect(ids(mergeChanges(rest, few, []))).toEqual(ids(sorted));
  });
});
