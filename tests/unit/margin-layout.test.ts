import { describe, expect, it } from 'vitest';
import { groupMarks, spreadMarks } from '../../src/ui/reader/margin-layout';

describe('spreadMarks', () => {
  it('spreads marks that would overlap, keeping them inside the track', () => {
    expect(spreadMarks([0, 0, 0.5], 200, 10, 2)).toEqual([0, 12, 95]);
    expect(spreadMarks([1, 1, 1], 100, 10, 2)).toEqual([66, 78, 90]);
    expect(spreadMarks([], 100)).toEqual([]);
  });
});

describe('groupMarks', () => {
  it('gives every mark its own button while all of them fit on the track', () => {
    expect(groupMarks([0, 0, 0.5], 200, 10, 2)).toEqual([
      { first: 0, count: 1, top: 0 },
      { first: 1, count: 1, top: 12 },
      { first: 2, count: 1, top: 95 },
    ]);
  });

  it('counts marks too close to show apart under one button at the first one’s place', () => {
    // 12 marks of 10 px with 2 px gaps need 142 px; the track has 100.
    const fractions = [0, 0.01, 0.02, 0.03, 0.04, 0.5, 0.51, 0.52, 0.9, 0.95, 1, 1];
    const groups = groupMarks(fractions, 100, 10, 2);
    expect(groups.map((g) => g.count).reduce((a, b) => a + b, 0)).toBe(fractions.length);
    expect(groups[0]).toEqual({ first: 0, count: 5, top: 0 });
    expect(groups[1]).toEqual({ first: 5, count: 3, top: 45 });
    // No two buttons overlap, and all of them stay on the track.
    for (let i = 1; i < groups.length; i++) expect(groups[i]!.top - groups[i - 1]!.top).toBeGreaterThanOrEqual(12);
    for (const g of groups) expect(g.top).toBeLessThanOrEqual(90);
  });

  it('keeps the number of buttons bounded by the track, however many marks there are', () => {
    const fractions = Array.from({ length: 2000 }, (_, i) => i / 1999);
    const groups = groupMarks(fractions, 600);
    expect(groups.length).toBeLessThanOrEqual(Math.ceil(600 / 21) + 1);
    expect(groups.reduce((n, g) => n + g.count, 0)).toBe(2000);
    expect(groups.at(-1)!.first + groups.at(-1)!.count).toBe(2000);
  });
});
