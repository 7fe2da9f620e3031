import { describe, expect, it } from 'vitest';
import { rangeFor, slotAt, slotOffsets } from '../../src/ui/common/window-range';

describe('slotOffsets', () => {
  it('lays slots end to end, each its size plus the gap', () => {
    expect(Array.from(slotOffsets(3, (i) => [100, 50, 80][i]!, 10))).toEqual([0, 110, 170, 260]);
    expect(Array.from(slotOffsets(0, () => 1, 10))).toEqual([0]);
  });
});

describe('slotAt', () => {
  const offsets = slotOffsets(4, () => 100, 0); // 0, 100, 200, 300, 400

  it('finds the slot containing a position, clamped to the list', () => {
    expect(slotAt(offsets, 0)).toBe(0);
    expect(slotAt(offsets, 99.5)).toBe(0);
    expect(slotAt(offsets, 100)).toBe(1);
    expect(slotAt(offsets, 399)).toBe(3);
    expect(slotAt(offsets, 5000)).toBe(3);
    expect(slotAt(offsets, -20)).toBe(0);
  });
});

describe('rangeFor', () => {
  const offsets = slotOffsets(10_000, () => 100, 10);

  it('covers the visible band plus the overscan on both sides', () => {
    // Visible 5,500–6,400 px: slots 50 to 58; 300 px overscan reaches slots 47 to 60.
    expect(rangeFor(offsets, 5500, 6400, 300)).toEqual({ start: 47, end: 61 });
  });

  it('starts at the top and ends at the bottom of the list', () => {
    expect(rangeFor(offsets, 0, 800, 300)).toEqual({ start: 0, end: 11 });
    const end = offsets[10_000]!;
    expect(rangeFor(offsets, end - 500, end, 300)).toEqual({ start: 9992, end: 10_000 });
  });

  it('is never empty while the list is not, even for a band outside it', () => {
    expect(rangeFor(offsets, -5000, -4000, 0)).toEqual({ start: 0, end: 1 });
    expect(rangeFor(slotOffsets(0, () => 1, 0), 0, 100, 10)).toEqual({ start: 0, end: 0 });
  });
});
