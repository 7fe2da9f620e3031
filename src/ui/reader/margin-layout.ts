/**
 * Where the margin map's marks go on its track. Pure, so that it is tested in Node; the
 * component is MarginMap.tsx.
 */

/** Size of a mark (px), and the least room between two marks so that each stays a target of its own. */
export const MARK = 18;
export const GAP = 3;

/** Consecutive marks shown as one button: `count` marks from index `first`, at `top` px. */
export interface MarkGroup {
  first: number;
  count: number;
  top: number;
}

/**
 * Top offsets (px) for marks wanted at `fractions` (ascending) of a track `track` px high: each
 * as near its place as it can be while no two overlap, all inside the track.
 */
export function spreadMarks(fractions: readonly number[], track: number, size = MARK, gap = GAP): number[] {
  const room = Math.max(0, track - size);
  const tops = fractions.map((f) => Math.min(room, Math.max(0, f * room)));
  for (let i = 1; i < tops.length; i++) tops[i] = Math.max(tops[i] as number, (tops[i - 1] as number) + size + gap);
  // Pushed past the end: walk back up, keeping the spacing.
  for (let i = tops.length - 1; i >= 0; i--) {
    const limit = i === tops.length - 1 ? room : (tops[i + 1] as number) - size - gap;
    tops[i] = Math.max(0, Math.min(tops[i] as number, limit));
  }
  return tops;
}

/**
 * The marks' buttons: one per mark while they all fit on the track (spread apart where they
 * would overlap), else marks that would overlap share one button at the first one's place. So a
 * track holds at most about `track / (size + gap)` buttons, however many fact-checks there are.
 */
export function groupMarks(fractions: readonly number[], track: number, size = MARK, gap = GAP): MarkGroup[] {
  const slot = size + gap;
  if (fractions.length * slot - gap <= track) return spreadMarks(fractions, track, size, gap).map((top, i) => ({ first: i, count: 1, top }));
  const room = Math.max(0, track - size);
  const groups: MarkGroup[] = [];
  fractions.forEach((fraction, i) => {
    const wanted = Math.min(room, Math.max(0, fraction * room));
    const last = groups[groups.length - 1];
    if (last && wanted < last.top + slot) last.count++;
    else groups.push({ first: i, count: 1, top: wanted });
  });
  return groups;
}
