/**
 * The arithmetic of a windowed list: where each item's slot starts, and which items a visible
 * band covers. Pure, so that it is tested in Node; the DOM side is `use-windowed-list.ts`.
 */

/**
 * Start offsets of `count` slots laid end to end: `offsets[i]` is where item i starts and
 * `offsets[count]` the whole length. A slot is its item's size plus the gap after it.
 */
export function slotOffsets(count: number, sizeOf: (index: number) => number, gap: number): Float64Array {
  const offsets = new Float64Array(count + 1);
  for (let i = 0; i < count; i++) offsets[i + 1] = (offsets[i] as number) + sizeOf(i) + gap;
  return offsets;
}

/** Index of the slot that contains `position` (clamped to the list). */
export function slotAt(offsets: Float64Array, position: number): number {
  const count = offsets.length - 1;
  if (count <= 0) return 0;
  let low = 0;
  let high = count - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((offsets[mid] as number) <= position) low = mid;
    else high = mid - 1;
  }
  return low;
}

/**
 * The items to render for a visible band `[top, bottom)` (list coordinates), with `overscan`
 * pixels more on each side: `[start, end)`, never empty while the list is not.
 */
export function rangeFor(offsets: Float64Array, top: number, bottom: number, overscan: number): { start: number; end: number } {
  const count = offsets.length - 1;
  if (count <= 0) return { start: 0, end: 0 };
  const start = slotAt(offsets, Math.max(0, top - overscan));
  const last = slotAt(offsets, Math.max(top, bottom + overscan));
  return { start, end: Math.min(count, Math.max(start, last) + 1) };
}
