/** What changed between two versions of a list: the items taken out and those put in. */
export interface ListChanges<T> {
  removed: T[];
  /** Each added item with its index in the new list. */
  added: { item: T; index: number }[];
}

/**
 * The few items that changed between `previous` and `next`, where unchanged items are the same
 * objects in both (as the annotations cache keeps them) and the order is kept. One walk over both
 * lists comparing references, no map, no hashing: a save, delete or edit among 10,000 costs a
 * pointer comparison per item. `null` when more than `limit` items changed (or the lists were
 * reordered): then the caller rebuilds. Guarantees: `next` holds exactly the items of
 * `previous` less `removed` plus `added`.
 */
export function listChanges<T>(previous: readonly T[], next: readonly T[], limit = 32): ListChanges<T> | null {
  const removed: T[] = [];
  const added: { item: T; index: number }[] = [];
  let i = 0;
  let j = 0;
  while (i < next.length && j < previous.length) {
    if (next[i] === previous[j]) {
      i++;
      j++;
      continue;
    }
    if (i + 1 < next.length && next[i + 1] === previous[j]) {
      added.push({ item: next[i] as T, index: i });
      i++;
    } else if (j + 1 < previous.length && next[i] === previous[j + 1]) {
      removed.push(previous[j] as T);
      j++;
    } else {
      // Replaced in place (an edit), or the start of a longer difference.
      removed.push(previous[j] as T);
      added.push({ item: next[i] as T, index: i });
      i++;
      j++;
    }
    if (removed.length + added.length > limit) return null;
  }
  for (; i < next.length; i++) added.push({ item: next[i] as T, index: i });
  for (; j < previous.length; j++) removed.push(previous[j] as T);
  return removed.length + added.length > limit ? null : { removed, added };
}
