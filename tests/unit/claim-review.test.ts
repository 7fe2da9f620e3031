import { describe, expect, it } from 'vitest';
import { claimReviewReadiness, isClaimReviewable, missingRequired, toClaimReview, toClaimReviewDocument, type PublishingContext } from '../../src/core/exchange/claim-review';
import { toClaimReviewMarkupPage } from '../../src/core/exchange/claim-review-markup';
import { numberedClaims } from '../../src/core/exchange/report-claims';
import type { Annotation } from '../../src/core/model/annotation';
import { CLAIM_SUMMARY_MAX, characterCount, guessClaimantType } from '../../src/core/model/claim';
import { VERDICTS } from '../../src/core/model/fact-check';
import { REQUIRED, failing, recommended } from './support/google-claim-review';
import { annotationOn, article } from './support/fact-checks';

const now = new Date('2026-05-01T12:00:00.000Z');
const RECRUITED = 'Since March, al-Nusra Front has recruited 3,000 new militants, including teenagers, in comparison to an average of 200 to 300 a month before';
const ASKED = 'The United States has asked Russia to stop conducting airstrikes against the al-Nusra Front terrorists in Syria';
const REPORT = 'https://factcheck.example.org/2026/nusra-report';
const published: PublishingContext = { now, publisher: { type: 'Organization', name: 'Desk of the Daily', url: 'https://daily.example.org/', logo: 'https://daily.example.org/logo.png' }, reportUrl: REPORT };
const located = { ...article, source: { name: 'Press TV', republishedBy: 'Global Research', url: 'https://www.globalresearch.ca/washington-asked-moscow/5528133' }, published: '2016-05-02' };
const first = (a: Annotation) => ({ annotation: a, number: 1, fragment: 'claim-1' });

describe('toClaimReview', () => {
  it('maps a rated claim: the report address with its fragment, the publisher, a plain-text explanation, the claimant and the appearance', () => {
    const a = annotationOn(ASKED, {
      verdict: 'false',
      note: 'Only **Lavrov** says so; [no US source](https://www.state.gov/) confirms it.',
      claim: { summary: 'The US asked Russia to stop bombing al-Nusra', claimant: 'Sergey Lavrov', scope: 'attribution' },
      evidence: [{ url: 'https://www.reuters.com/article/us-mideast-crisis-syria-russia', title: 'Reuters', stance: 'context' }, { url: 'https://www.state.gov/briefings/' }],
    });
    expect(toClaimReview({ annotation: a, number: 3, fragment: 'claim-3' }, located, published)).toEqual({
      '@type': 'ClaimReview',
      url: `${REPORT}#claim-3`,
      claimReviewed: 'The US asked Russia to stop bombing al-Nusra',
      reviewRating: { '@type': 'Rating', ratingValue: 1, bestRating: 5, worstRating: 1, alternateName: 'False', name: 'False', ratingExplanation: 'Only Lavrov says so; no US source confirms it.' },
      itemReviewed: {
        '@type': 'Claim',
        appearance: { '@type': 'CreativeWork', headline: article.title, url: 'https://www.globalresearch.ca/washington-asked-moscow/5528133', author: { '@type': 'Organization', name: 'Press TV' }, datePublished: '2016-05-02' },
        author: { '@type': 'Person', name: 'Sergey Lavrov' },
        datePublished: '2016-05-02',
      },
      datePublished: '2026-05-01T12:00:00.000Z',
      dateCreated: '2026-04-20T09:30:00.000Z',
      dateModified: '2026-04-20T09:30:00.000Z',
      reviewAspect: 'attribution',
      citation: ['https://www.reuters.com/article/us-mideast-crisis-syria-russia', 'https://www.state.gov/briefings/'],
      author: { '@type': 'Organization', name: 'Desk of the Daily', url: 'https://daily.example.org/', logo: 'https://daily.example.org/logo.png' },
    });
  });

  it('passes every property Google requires and recommends when the reader gave the article’s address and date', () => {
    for (const verdict of ['accurate', 'false', 'unverified'] as const) {
      const review = toClaimReview(first(annotationOn(ASKED, { verdict, claim: { claimant: 'Press TV' } })), located, published);
      expect(failing(review, REQUIRED)).toEqual([]);
      expect(failing(review, recommended(verdict === 'unverified'))).toEqual([]);
    }
  });

  it('without an address for the article, leaves the appearance’s url out rather than using its id', () => {
    const review = toClaimReview(first(annotationOn(ASKED, { verdict: 'false' })), { ...article, source: { name: 'Press TV', url: 'javascript:alert(1)' } }, published);
    expect(review?.itemReviewed.appearance).not.toHaveProperty('url');
    expect(JSON.stringify(review)).not.toContain(article.iri);
    expect(JSON.stringify(review)).not.toContain('javascript:');
    expect(failing(review, recommended(false))).toContain('itemReviewed.appearance.url');
  });

  it('never uses an annotation id as an address, even a javascript: one from an imported file', () => {
    const a = { ...annotationOn(ASKED, { verdict: 'false' }), id: 'javascript:alert(document.domain)' };
    const review = toClaimReview(first(a), located, { ...published, reportUrl: null });
    expect(review).not.toHaveProperty('url');
    expect(JSON.stringify(review)).not.toContain('javascript:');
  });

  it('types the claimant as the editor chose, else as an organisation when its name says so', () => {
    const claimant = (name: string, claimantType?: 'Person' | 'Organization') =>
      toClaimReview(first(annotationOn(ASKED, { verdict: 'false', claim: { claimant: name, ...(claimantType ? { claimantType } : {}) } })), located, published)?.itemReviewed.author;
    expect(claimant('Press TV')).toEqual({ '@type': 'Organization', name: 'Press TV' });
    expect(claimant('Syrian Observatory for Human Rights')?.['@type']).toBe('Organization');
    expect(claimant('The Guardian')?.['@type']).toBe('Organization');
    expect(claimant('Sergey Lavrov')?.['@type']).toBe('Person');
    expect(claimant('Sergey Lavrov', 'Organization')?.['@type']).toBe('Organization');
    expect(guessClaimantType('Global Research', located.source)).toBe('Organization');
  });

  it('rates Accurate 5 down to False 1, and Unverified as text only', () => {
    const a = annotationOn(ASKED);
    const ratings = VERDICTS.slice(0, 6).map((v) => toClaimReview(first({ ...a, verdict: v.id }), article, published)?.reviewRating);
    expect(ratings.map((r) => [r?.alternateName, r?.ratingValue])).toEqual([
      ['Accurate', 5],
      ['Mostly accurate', 4],
      ['Missing context', 3],
      ['Misleading', 2],
      ['False', 1],
      ['Unverified', undefined],
    ]);
    expect(ratings[5]).toEqual({ '@type': 'Rating', alternateName: 'Unverified', name: 'Unverified' });
  });

  it('exports nothing for Opinion and Loaded language', () => {
    for (const verdict of ['opinion', 'loaded-language'] as const) {
      const a = annotationOn(ASKED, { verdict, note: 'x' });
      expect(toClaimReview(first(a), article, published)).toBeNull();
      expect(isClaimReviewable(a)).toBe(false);
    }
  });

  it('without a summary, reviews the quote cut to 75 characters at a word, with an ellipsis', () => {
    const claimed = toClaimReview(first(annotationOn(RECRUITED, { verdict: 'misleading' })), article, published)?.claimReviewed ?? '';
    expect(characterCount(claimed)).toBeLessThanOrEqual(CLAIM_SUMMARY_MAX);
    expect(claimed).toBe('Since March, al-Nusra Front has recruited 3,000 new militants, including…');
  });
});

describe('toClaimReviewDocument and readiness', () => {
  it('numbers claims in document order as the HTML report does, so fragments match its sections; Loaded language and highlights take no number', () => {
    const later = annotationOn(RECRUITED, { verdict: 'unverified' });
    const opinion = annotationOn('Takfiri terrorist group', { verdict: 'loaded-language' });
    const highlight = annotationOn('televised speech');
    const early = annotationOn(ASKED, { verdict: 'missing-context' });
    const all = [later, opinion, highlight, early];
    const numbers = new Map(numberedClaims(all).map((c) => [c.annotation.id, c.fragment]));
    const doc = toClaimReviewDocument(article, all, published);
    expect(doc['@context']).toBe('https://schema.org');
    expect(doc['@graph'].map((r) => r.url)).toEqual([`${REPORT}#${numbers.get(early.id)}`, `${REPORT}#${numbers.get(later.id)}`]);
    expect(numbers.has(highlight.id)).toBe(false);
    expect(numbers.has(opinion.id)).toBe(false);
    expect(doc['@graph'].map((r) => r.url)).toEqual([`${REPORT}#claim-1`, `${REPORT}#claim-2`]);
  });

  it('refuses, listing what is missing, without a publisher name or a report address', () => {
    const rated = [annotationOn(ASKED, { verdict: 'false' })];
    const ready = claimReviewReadiness(article, rated, { now, publisher: { type: 'Organization', name: '  ' }, reportUrl: null });
    expect(ready).toEqual({ ok: false, missing: ['the publisher’s name (Publishing details)', 'the address where the report will be published (Publishing details)'] });
    const review = toClaimReview(first(rated[0] as Annotation), article, { now, publisher: null, reportUrl: null });
    expect(missingRequired(review!)).toEqual(['url', 'author.name']);
    expect(failing(review, REQUIRED)).toEqual(['url', 'author']);
  });

  it('refuses when no claim is rated, and accepts once everything is given', () => {
    expect(claimReviewReadiness(article, [annotationOn(ASKED, { note: 'just a note' })], published)).toEqual({ ok: false, missing: ['a claim rated Accurate to False, or Unverified (fact-check a claim first)'] });
    const ready = claimReviewReadiness(located, [annotationOn(ASKED, { verdict: 'false' })], published);
    expect(ready.ok).toBe(true);
  });
});

describe('toClaimReviewMarkupPage', () => {
  it('is Google Fact Check Tools’ ClaimReviewMarkupPage: page fields once, one markup per claim', () => {
    const a = annotationOn(ASKED, { verdict: 'false', note: 'Only *Lavrov*.', claim: { claimant: 'Sergey Lavrov' } });
    const u = annotationOn(RECRUITED, { verdict: 'unverified' });
    const doc = toClaimReviewDocument(located, [u, a], published);
    expect(toClaimReviewMarkupPage(doc, REPORT, now)).toEqual({
      pageUrl: REPORT,
      publishDate: '2026-05-01',
      claimReviewAuthor: { name: 'Desk of the Daily', imageUrl: 'https://daily.example.org/logo.png' },
      claimReviewMarkups: [
        {
          url: `${REPORT}#claim-1`,
          claimReviewed: doc['@graph'][0]?.claimReviewed,
          claimDate: '2016-05-02',
          claimAppearances: ['https://www.globalresearch.ca/washington-asked-moscow/5528133'],
          claimAuthor: { name: 'Sergey Lavrov' },
          rating: { textualRating: 'False', ratingValue: 1, bestRating: 5, worstRating: 1, ratingExplanation: 'Only Lavrov.' },
        },
        { url: `${REPORT}#claim-2`, claimReviewed: doc['@graph'][1]?.claimReviewed, claimDate: '2016-05-02', claimAppearances: ['https://www.globalresearch.ca/washington-asked-moscow/5528133'], rating: { textualRating: 'Unverified' } },
      ],
    });
  });
});
