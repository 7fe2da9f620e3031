/**
 * Puts `item` into `list` (sorted by `compare`, changed in place) after its equals, where a
 * stable sort of the list with it appended would put it: a binary search and one splice, no
 * re-sort of 10,000.
 */
export function insertSorted<T>(list: T[], item: T, compare: (a: T, b: T) => number): void {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (compare(list[mid] as T, item) <= 0) low = mid + 1;
    else high = mid;
  }
  list.splice(low, 0, item);
}
