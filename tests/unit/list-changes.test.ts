import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { listChanges } from '../../src/core/model/list-changes';

interface Item {
  id: number;
}

/** As multisets of object identities: what is in `previous`, less `removed`, plus `added`, is `next`. */
function applies(previous: Item[], next: Item[], changes: NonNullable<ReturnType<typeof listChanges<Item>>>): boolean {
  const counts = new Map<Item, number>();
  const bump = (item: Item, by: number) => counts.set(item, (counts.get(item) ?? 0) + by);
  for (const item of previous) bump(item, 1);
  for (const item of changes.removed) bump(item, -1);
  for (const { item, index } of changes.added) {
    if (next[index] !== item) return false;
    bump(item, 1);
  }
  for (const item of next) bump(item, -1);
  return [...counts.values()].every((c) => c === 0);
}

describe('listChanges', () => {
  const items = Array.from({ length: 10 }, (_, id) => ({ id }));

  it('finds one insertion, one deletion and one replacement by reference, with the new item’s index', () => {
    const inserted = { id: 99 };
    expect(listChanges(items, [...items.slice(0, 4), inserted, ...items.slice(4)])).toEqual({ removed: [], added: [{ item: inserted, index: 4 }] });
    expect(listChanges(items, items.filter((i) => i.id !== 6))).toEqual({ removed: [items[6]], added: [] });
    const edited = { id: 3 };
    expect(listChanges(items, items.map((i) => (i.id === 3 ? edited : i)))).toEqual({ removed: [items[3]], added: [{ item: edited, index: 3 }] });
    expect(listChanges(items, items)).toEqual({ removed: [], added: [] });
  });

  it('gives up (null) past the limit, so the caller rebuilds', () => {
    expect(listChanges([], items, 5)).toBeNull();
    expect(listChanges(items, [...items].reverse(), 5)).toBeNull();
  });

  it('whatever the edits, the changes it reports turn the old list into the new one', () => {
    const pool = Array.from({ length: 40 }, (_, id) => ({ id }));
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 39 }), { maxLength: 30 }),
        fc.array(fc.tuple(fc.nat(), fc.constantFrom('insert', 'delete', 'replace'), fc.integer({ min: 0, max: 39 })), { maxLength: 6 }),
        (ids, edits) => {
          const previous = ids.map((id) => pool[id] as Item);
          const next = [...previous];
          for (const [at, kind, id] of edits) {
            const i = next.length === 0 ? 0 : at % (next.length + (kind === 'insert' ? 1 : 0));
            if (kind === 'insert') next.splice(i, 0, { id });
            else if (next.length > 0 && kind === 'delete') next.splice(i % next.length, 1);
            else if (next.length > 0) next[i % next.length] = { id };
          }
          const changes = listChanges(previous, next, 1000);
          return changes !== null && applies(previous, next, changes);
        },
      ),
    );
  });
});
