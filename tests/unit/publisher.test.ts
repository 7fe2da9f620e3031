import { describe, expect, it } from 'vitest';
import { checkPublisher, checkReportUrl, readPublisher } from '../../src/core/model/publisher';
import { GAP_TEXT, joinGaps } from '../../src/core/exchange/publishing-gaps';

describe('the publisher profile', () => {
  it('is tidied: a name with its spaces collapsed, addresses completed with https://, the type kept', () => {
    expect(checkPublisher({ type: 'Person', name: '  Ana   Ruiz ', url: 'anaruiz.example', logo: ' https://anaruiz.example/me.jpg ' })).toEqual({
      ok: true,
      value: { type: 'Person', name: 'Ana Ruiz', url: 'https://anaruiz.example/', logo: 'https://anaruiz.example/me.jpg' },
    });
    expect(checkPublisher({ type: 'Organization', name: 'Desk', url: '', logo: '' })).toEqual({ ok: true, value: { type: 'Organization', name: 'Desk' } });
  });

  it('needs a name, and refuses addresses that are not web addresses, one message per field', () => {
    const result = checkPublisher({ type: 'Organization', name: ' ', url: 'javascript:alert(1)', logo: 'https://exa mple.com/logo.png' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.name).toBe('Enter the name of the newsroom or person who publishes the fact-checks.');
    expect(result.errors.url).toMatch(/^Only http and https links/);
    expect(result.errors.logo).toMatch(/no valid site name/);
  });

  it('is read back from storage only when it is one', () => {
    expect(readPublisher({ type: 'Person', name: 'Ana', url: 'https://a.example/' })).toEqual({ type: 'Person', name: 'Ana', url: 'https://a.example/' });
    expect(readPublisher({ type: 'Robot', name: 'Desk' })).toEqual({ type: 'Organization', name: 'Desk' });
    expect(readPublisher({ name: 3 })).toBeNull();
    expect(readPublisher(null)).toBeNull();
  });
});

describe('the report address', () => {
  it('is an http(s) address without a fragment (each claim adds its own)', () => {
    expect(checkReportUrl('https://daily.example.org/checks/nusra#top')).toEqual({ ok: true, value: 'https://daily.example.org/checks/nusra' });
    expect(checkReportUrl('daily.example.org/checks')).toEqual({ ok: true, value: 'https://daily.example.org/checks' });
  });

  it('refuses nothing, a script and a broken address, saying so about the report', () => {
    expect(checkReportUrl('  ')).toEqual({ ok: false, error: 'Enter the address where the report will be published, starting with https://.' });
    expect(checkReportUrl('javascript:alert(1)')).toEqual({ ok: false, error: expect.stringMatching(/can be report addresses/) });
    expect(checkReportUrl('https://exa mple.com/')).toEqual({ ok: false, error: expect.stringMatching(/no valid site name/) });
  });
});

describe('joinGaps (what ClaimReview still needs, as one phrase)', () => {
  it('says Publishing details once for the gaps set there, after the others', () => {
    expect(joinGaps([GAP_TEXT.claim, GAP_TEXT.publisher, GAP_TEXT.reportUrl])).toBe(
      'a claim rated Accurate to False, or Unverified (fact-check a claim first); the publisher’s name and the address where the report will be published (both in Publishing details)',
    );
    expect(joinGaps([GAP_TEXT.reportUrl])).toBe('the address where the report will be published (in Publishing details)');
    expect(joinGaps([GAP_TEXT.claim])).toBe(GAP_TEXT.claim);
  });
});
