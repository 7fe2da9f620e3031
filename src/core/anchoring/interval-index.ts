import { insertSorted } from '../model/insert-sorted';

/** A half-open span of text offsets [start, end). */
export interface Interval {
  start: number;
  end: number;
}

/** The index's order: by start, then by end. */
function byStartThenEnd(a: Interval, b: Interval): number {
  return a.start - b.start || a.end - b.end;
}

/**
 * A static index of intervals on text offsets, for the reader's two questions: which annotations
 * cover the clicked offset (stab), and which lie in the part of the text near the viewport
 * (overlapping). Built once per set of anchors in O(n log n); each query is O(log n + k) for k
 * answers, so it costs about the same with 10,000 annotations as with ten.
 *
 * The layout is the implicit interval tree of cgranges (Heng Li): the intervals sorted by start
 * form the in-order sequence of a complete binary tree, node i at level k having its children at
 * i ± 2^(k-1), and each node keeps the largest end in its subtree, so whole subtrees that end
 * before a query are skipped. No pointers, no rebalancing: three flat arrays.
 */
export class IntervalIndex<T extends Interval> {
  private readonly items: T[];
  private readonly starts: Float64Array;
  private readonly ends: Float64Array;
  /** Largest end in the subtree rooted at each node. */
  private readonly maxEnds: Float64Array;
  /** Level of the root, or -1 when empty. */
  private readonly rootLevel: number;

  /** `sorted`: the items are non-empty and already in index order (withChanges builds them so). */
  constructor(items: Iterable<T>, sorted = false) {
    this.items = sorted ? (items as T[]) : [...items].filter((item) => item.start < item.end).sort(byStartThenEnd);
    const n = this.items.length;
    this.starts = Float64Array.from(this.items, (item) => item.start);
    this.ends = Float64Array.from(this.items, (item) => item.end);
    this.maxEnds = new Float64Array(n);
    this.rootLevel = this.build();
  }

  /** How many intervals the index holds (empty ones are left out). */
  get size(): number {
    return this.items.length;
  }

  /**
   * A new index with `removed` taken out and `added` put in, sharing nothing mutable with this
   * one. No sort: the new items are placed by binary search into the sorted list, and only the
   * flat arrays are refilled, so a save among 10,000 costs a copy, not an O(n log n) rebuild.
   */
  withChanges(added: readonly T[], removed: ReadonlySet<T>): IntervalIndex<T> {
    const items = removed.size === 0 ? this.items.slice() : this.items.filter((item) => !removed.has(item));
    for (const item of added) {
      if (item.start < item.end) insertSorted(items, item, byStartThenEnd);
    }
    return new IntervalIndex(items, true);
  }

  /** Every interval covering `offset` (start <= offset < end), the shortest first (ties: earlier start first). */
  stab(offset: number): T[] {
    return this.overlapping(offset, offset + 1).sort((a, b) => a.end - a.start - (b.end - b.start) || a.start - b.start);
  }

  /** Every interval sharing at least one offset with [from, to), in order of start. Empty when from >= to. */
  overlapping(from: number, to: number): T[] {
    const out: T[] = [];
    const n = this.items.length;
    if (n === 0 || from >= to) return out;
    const { starts, ends, maxEnds } = this;
    // Depth-first walk of the implicit tree; `visited` marks a node whose left subtree is done.
    const stack: { node: number; level: number; visited: boolean }[] = [{ node: (1 << this.rootLevel) - 1, level: this.rootLevel, visited: false }];
    while (stack.length > 0) {
      const { node, level, visited } = stack.pop() as { node: number; level: number; visited: boolean };
      if (level <= 3) {
        // A small subtree: scan its (at most 15) nodes in order.
        const first = (node >> level) << level;
        const last = Math.min(n, first + (1 << (level + 1)) - 1);
        for (let i = first; i < last && (starts[i] as number) < to; i++) if (from < (ends[i] as number)) out.push(this.items[i] as T);
      } else if (!visited) {
        const left = node - (1 << (level - 1));
        stack.push({ node, level, visited: true });
        // A left child past the end still has real nodes below it; otherwise skip it when all its intervals end before `from`.
        if (left >= n || (maxEnds[left] as number) > from) stack.push({ node: left, level: level - 1, visited: false });
      } else if (node < n && (starts[node] as number) < to) {
        if (from < (ends[node] as number)) out.push(this.items[node] as T);
        stack.push({ node: node + (1 << (level - 1)), level: level - 1, visited: false });
      }
    }
    return out;
  }

  /** Fills maxEnds bottom-up; returns the root's level (cgranges' cr_index1). */
  private build(): number {
    const n = this.items.length;
    const { ends, maxEnds } = this;
    if (n === 0) return -1;
    let lastNode = 0;
    let lastMax = 0;
    for (let i = 0; i < n; i += 2) {
      lastNode = i;
      lastMax = maxEnds[i] = ends[i] as number;
    }
    let level = 1;
    for (; 1 << level <= n; level++) {
      const half = 1 << (level - 1);
      for (let i = 2 * half - 1; i < n; i += 4 * half) {
        const leftMax = maxEnds[i - half] as number;
        // A right child past the end stands for the last real subtree at that level.
        const rightMax = i + half < n ? (maxEnds[i + half] as number) : lastMax;
        maxEnds[i] = Math.max(ends[i] as number, leftMax, rightMax);
      }
      lastNode = (lastNode >> level) & 1 ? lastNode - half : lastNode + half;
      if (lastNode < n && (maxEnds[lastNode] as number) > lastMax) lastMax = maxEnds[lastNode] as number;
    }
    return level - 1;
  }
}
