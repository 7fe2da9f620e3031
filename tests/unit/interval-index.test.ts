import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IntervalIndex, type Interval } from '../../src/core/anchoring/interval-index';

interface Item extends Interval {
  id: string;
}

const item = (id: string, start: number, end: number): Item => ({ id, start, end });

describe('IntervalIndex', () => {
  const items = [item('sentence', 10, 60), item('word', 20, 25), item('paragraph', 0, 200), item('later', 150, 170), item('apart', 300, 310)];
  const index = new IntervalIndex(items);

  it('stabs an offset with every interval covering it, the shortest first', () => {
    expect(index.stab(22).map((i) => i.id)).toEqual(['word', 'sentence', 'paragraph']);
    expect(index.stab(155).map((i) => i.id)).toEqual(['later', 'paragraph']);
    expect(index.stab(250)).toEqual([]);
  });

  it('treats intervals as half-open: the start is inside, the end is not', () => {
    expect(index.stab(20).map((i) => i.id)).toContain('word');
    expect(index.stab(25).map((i) => i.id)).not.toContain('word');
  });

  it('lists the intervals overlapping a span in order of start', () => {
    expect(index.overlapping(140, 305).map((i) => i.id)).toEqual(['paragraph', 'later', 'apart']);
    expect(index.overlapping(200, 300)).toEqual([]);
    expect(index.overlapping(50, 50)).toEqual([]);
  });

  it('holds nothing when empty, and leaves out empty intervals', () => {
    expect(new IntervalIndex<Item>([]).stab(0)).toEqual([]);
    const withEmpty = new IntervalIndex([item('empty', 5, 5), item('one', 0, 10)]);
    expect(withEmpty.size).toBe(1);
    expect(withEmpty.stab(5).map((i) => i.id)).toEqual(['one']);
  });

  it('answers like a scan of every interval, for any set and query', () => {
    const intervals = fc.array(
      fc.tuple(fc.nat(2000), fc.integer({ min: 1, max: 400 })).map(([start, length]) => ({ start, end: start + length })),
      { maxLength: 300 },
    );
    fc.assert(
      fc.property(intervals, fc.nat(2500), fc.integer({ min: 1, max: 300 }), (spans, from, length) => {
        const all = spans.map((s, i) => item(String(i), s.start, s.end));
        const built = new IntervalIndex(all);
        const to = from + length;
        const expected = all.filter((i) => i.start < to && from < i.end).map((i) => i.id).sort();
        expect(built.overlapping(from, to).map((i) => i.id).sort()).toEqual(expected);
        const stabbed = built.stab(from);
        expect(stabbed.map((i) => i.id).sort()).toEqual(all.filter((i) => i.start <= from && from < i.end).map((i) => i.id).sort());
        for (let k = 1; k < stabbed.length; k++) {
          const a = stabbed[k - 1] as Item;
          const b = stabbed[k] as Item;
          expect(a.end - a.start).toBeLessThanOrEqual(b.end - b.start);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('IntervalIndex.withChanges', () => {
  it('answers every query as an index built afresh from the changed items would, and leaves the old index as it was', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(500), fc.nat(60)), { maxLength: 60 }),
        fc.array(fc.tuple(fc.nat(500), fc.nat(60)), { maxLength: 8 }),
        fc.array(fc.nat(), { maxLength: 8 }),
        fc.nat(560),
        fc.nat(80),
        (base, extra, drops, from, width) => {
          const items = base.map(([start, length], i) => item(`b${i}`, start, start + length));
          const added = extra.map(([start, length], i) => item(`a${i}`, start, start + length));
          const removed = new Set(items.length === 0 ? [] : drops.map((d) => items[d % items.length] as Item));
          const before = new IntervalIndex(items);
          const oldAnswer = before.overlapping(from, from + width);
          const changed = before.withChanges(added, removed);
          const fresh = new IntervalIndex([...items.filter((i) => !removed.has(i)), ...added]);
          const ids = (list: Item[]) => list.map((i) => i.id).sort();
          expect(ids(changed.overlapping(from, from + width))).toEqual(ids(fresh.overlapping(from, from + width)));
          expect(ids(changed.stab(from))).toEqual(ids(fresh.stab(from)));
          expect(changed.size).toBe(fresh.size);
          expect(before.overlapping(from, from + width)).toEqual(oldAnswer);
        },
      ),
    );
  });
});
