import { describe, expect, it } from 'vitest';
import { isVerdictId, verdictById, verdictByLabel, verdictForKey, VERDICTS } from '../../src/core/model/fact-check';

describe('the verdict vocabulary', () => {
  it('holds the eight verdicts of FACT-CHECK.md in order', () => {
    expect(VERDICTS.map((v) => v.id)).toEqual(['accurate', 'mostly-accurate', 'missing-context', 'misleading', 'false', 'unverified', 'opinion', 'loaded-language']);
  });

  it('gives each verdict a glyph and an underline style besides its colour', () => {
    for (const v of VERDICTS) {
      expect(v.glyph, v.id).not.toBe('');
      expect(v.underline, v.id).toMatch(/^(solid|thin|dotted|dashed|wavy|none)$/);
      expect(v.colour, v.id).toMatch(/^#[0-9A-F]{6}$/);
    }
    expect(new Set(VERDICTS.map((v) => v.glyph)).size).toBe(VERDICTS.length);
  });
});

describe('verdictForKey', () => {
  it('maps keys 1-8 to the verdicts in order', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((n) => verdictForKey(n)?.id)).toEqual(VERDICTS.map((v) => v.id));
  });

  it('returns undefined outside 1-8 and for non-integers', () => {
    for (const n of [0, 9, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) expect(verdictForKey(n), String(n)).toBeUndefined();
  });
});

describe('verdictByLabel', () => {
  it('finds a verdict by its label, ignoring case and surrounding spaces', () => {
    expect(verdictByLabel('Missing context')?.id).toBe('missing-context');
    expect(verdictByLabel('  FALSE ')?.id).toBe('false');
    expect(verdictByLabel('loaded language')?.id).toBe('loaded-language');
  });

  it('returns undefined for anything that is not a label', () => {
    expect(verdictByLabel('missing-context')).toBeUndefined();
    expect(verdictByLabel('Pants on fire')).toBeUndefined();
    expect(verdictByLabel('')).toBeUndefined();
  });
});

describe('verdictById and isVerdictId', () => {
  it('accept only ids of the vocabulary', () => {
    expect(verdictById('misleading')?.label).toBe('Misleading');
    expect(verdictById('Misleading')).toBeUndefined();
    expect(isVerdictId('opinion')).toBe(true);
    expect(isVerdictId('Opinion')).toBe(false);
    expect(isVerdictId(3)).toBe(false);
    expect(isVerdictId(null)).toBe(false);
  });
});
