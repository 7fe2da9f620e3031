import { within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { annotate, panel, renderAppWith } from './shipped-article';

describe('A card’s claim line', () => {
  it('names the claimant alone as “Claimed by”, with no dash after a missing summary, and the summary with its claimant', async () => {
    const onlyClaimant = { ...annotate('Lavrov said', { verdict: 'unverified' }), claim: { claimant: 'Sergey Lavrov', claimantType: 'Person' as const } };
    const both = { ...annotate('3,000 new militants', { verdict: 'false' }), claim: { summary: 'Nusra recruited 3,000', claimant: 'SOHR', scope: 'substance' as const } };
    await renderAppWith([onlyClaimant, both]);
    const lines = (await within(panel()).findAllByText((_, el) => el?.classList.contains('card-claim') ?? false)).map((p) => p.textContent);
    expect(lines).toEqual(['Claimed by Sergey Lavrov', 'Claim: Nusra recruited 3,000 — SOHR · judges the substance']);
  });
});
