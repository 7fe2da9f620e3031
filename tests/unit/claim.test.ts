import { describe, expect, it } from 'vitest';
import { CLAIM_SUMMARY_MAX, characterCount, claimHeadline, cleanClaim, cutToCharacters, shortenText } from '../../src/core/model/claim';
import { annotationOn } from './support/fact-checks';

describe('claim details', () => {
  it('counts characters as code points, so an emoji or an astral letter is one', () => {
    expect(characterCount('naïve 😀')).toBe(7);
    expect(cutToCharacters('a😀b', 2)).toBe('a😀');
  });

  it('cleans a claim: trims, collapses spaces, cuts the summary to the limit, drops empty parts', () => {
    expect(cleanClaim({ summary: `  ${'x'.repeat(CLAIM_SUMMARY_MAX + 10)} `, claimant: '  Sergey   Lavrov ', scope: 'attribution' })).toEqual({
      summary: 'x'.repeat(CLAIM_SUMMARY_MAX),
      claimant: 'Sergey Lavrov',
      scope: 'attribution',
    });
    expect(cleanClaim({ summary: '   ', claimant: '' })).toBeUndefined();
    expect(cleanClaim(undefined)).toBeUndefined();
    expect(cleanClaim({ scope: 'bogus' as never })).toBeUndefined();
  });

  it('shortens on one line at a word boundary, never over the limit', () => {
    expect(shortenText('one two\nthree', 75)).toBe('one two three');
    const cut = shortenText('The United States has asked Russia to stop conducting airstrikes against the al-Nusra Front', 40);
    expect(cut).toBe('The United States has asked Russia to…');
    expect(characterCount(cut)).toBeLessThanOrEqual(40);
    expect(shortenText('Averyveryverylongwordwithoutanyspacesatall', 10)).toBe('Averyvery…');
  });

  it('uses the summary as the headline, else the quote', () => {
    expect(claimHeadline(annotationOn('Lavrov said', { claim: { summary: 'Lavrov said it' } }))).toBe('Lavrov said it');
    expect(claimHeadline(annotationOn('Lavrov said'))).toBe('Lavrov said');
  });
});
