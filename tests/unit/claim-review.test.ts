import { describe, expect, it } from 'vitest';
import { DEFAULT_REVIEWER, isClaimReviewable, toClaimReview, toClaimReviewDocument } from '../../src/core/exchange/claim-review';
import { CLAIM_SUMMARY_MAX, characterCount } from '../../src/core/model/claim';
import { VERDICTS } from '../../src/core/model/fact-check';
import { annotationOn, article } from './support/fact-checks';

const now = new Date('2026-05-01T12:00:00.000Z');
const RECRUITED = 'Since March, al-Nusra Front has recruited 3,000 new militants, including teenagers, in comparison to an average of 200 to 300 a month before';
const ASKED = 'The United States has asked Russia to stop conducting airstrikes against the al-Nusra Front terrorists in Syria';

describe('toClaimReview', () => {
  it('maps a rated claim: claimReviewed, a 1-5 rating with label and explanation, the claim with its claimant and appearance, and the evidence', () => {
    const a = annotationOn(ASKED, {
      verdict: 'unverified',
      note: 'Only Lavrov says so; no US source confirms the request.',
      claim: { summary: 'The US asked Russia to stop bombing al-Nusra', claimant: 'Sergey Lavrov', scope: 'attribution' },
      evidence: [{ url: 'https://www.reuters.com/article/us-mideast-crisis-syria-russia', title: 'Reuters', stance: 'context' }, { url: 'https://www.state.gov/briefings/' }],
    });
    const review = toClaimReview({ ...a, verdict: 'false' }, { ...article, source: { name: 'Press TV', url: 'https://www.globalresearch.ca/washington-asked-moscow/5528133' } }, { now, reviewer: 'Desk of the Daily' });
    expect(review).toEqual({
      '@type': 'ClaimReview',
      '@id': a.id,
      url: a.id,
      claimReviewed: 'The US asked Russia to stop bombing al-Nusra',
      reviewRating: {
        '@type': 'Rating',
        ratingValue: 1,
        bestRating: 5,
        worstRating: 1,
        alternateName: 'False',
        ratingExplanation: 'Only Lavrov says so; no US source confirms the request.',
      },
      reviewAspect: 'attribution',
      itemReviewed: {
        '@type': 'Claim',
        author: { '@type': 'Person', name: 'Sergey Lavrov' },
        appearance: {
          '@type': 'CreativeWork',
          '@id': article.iri,
          headline: article.title,
          url: 'https://www.globalresearch.ca/washington-asked-moscow/5528133',
          author: { '@type': 'Organization', name: 'Press TV' },
          text: ASKED,
        },
      },
      author: { '@type': 'Person', name: 'Desk of the Daily' },
      datePublished: '2026-05-01T12:00:00.000Z',
      dateCreated: '2026-04-20T09:30:00.000Z',
      dateModified: '2026-04-20T09:30:00.000Z',
      citation: ['https://www.reuters.com/article/us-mideast-crisis-syria-russia', 'https://www.state.gov/briefings/'],
    });
  });

  it('rates Accurate 5 down to False 1, in the order of the vocabulary', () => {
    const a = annotationOn(ASKED);
    const ratings = VERDICTS.slice(0, 5).map((v) => toClaimReview({ ...a, verdict: v.id }, article, { now })?.reviewRating);
    expect(ratings.map((r) => [r?.alternateName, r?.ratingValue])).toEqual([
      ['Accurate', 5],
      ['Mostly accurate', 4],
      ['Missing context', 3],
      ['Misleading', 2],
      ['False', 1],
    ]);
  });

  it('gives Unverified a text-only rating: its label, no ratingValue, no scale', () => {
    const review = toClaimReview(annotationOn(RECRUITED, { verdict: 'unverified' }), article, { now });
    expect(review?.reviewRating).toEqual({ '@type': 'Rating', alternateName: 'Unverified' });
  });

  it('exports nothing for Opinion, Loaded language and annotations without a verdict', () => {
    for (const verdict of ['opinion', 'loaded-language', null] as const) {
      const a = annotationOn(ASKED, { verdict, note: 'x' });
      expect(toClaimReview(a, article, { now })).toBeNull();
      expect(isClaimReviewable(a)).toBe(false);
    }
    expect(isClaimReviewable({ verdict: 'unverified' })).toBe(true);
  });

  it('without a summary, reviews the quote cut to 75 characters at a word, with an ellipsis', () => {
    const review = toClaimReview(annotationOn(RECRUITED, { verdict: 'misleading' }), article, { now });
    const claimed = review?.claimReviewed ?? '';
    expect(characterCount(claimed)).toBeLessThanOrEqual(CLAIM_SUMMARY_MAX);
    expect(claimed).toBe('Since March, al-Nusra Front has recruited 3,000 new militants, including…');
  });

  it('leaves out what the reader did not give: claimant, scope, explanation, citation; names a default reviewer', () => {
    const review = toClaimReview(annotationOn(ASKED, { verdict: 'accurate' }), article, { now, reviewer: '   ' });
    expect(review).not.toHaveProperty('citation');
    expect(review).not.toHaveProperty('reviewAspect');
    expect(review?.itemReviewed).not.toHaveProperty('author');
    expect(review?.reviewRating).not.toHaveProperty('ratingExplanation');
    expect(review?.itemReviewed.appearance).not.toHaveProperty('url');
    expect(review?.author).toEqual({ '@type': 'Person', name: DEFAULT_REVIEWER });
  });
});

describe('toClaimReviewDocument', () => {
  it('is a schema.org graph of one ClaimReview per rated claim, in document order', () => {
    const later = annotationOn(RECRUITED, { verdict: 'unverified' });
    const opinion = annotationOn('Takfiri terrorist group', { verdict: 'loaded-language' });
    const highlight = annotationOn('televised speech');
    const first = annotationOn(ASKED, { verdict: 'missing-context' });
    const doc = toClaimReviewDocument(article, [later, opinion, highlight, first], { now });
    expect(doc['@context']).toBe('https://schema.org');
    expect(doc['@graph'].map((r) => r['@id'])).toEqual([first.id, later.id]);
    expect(doc['@graph'].every((r) => r['@type'] === 'ClaimReview')).toBe(true);
  });

  it('is an empty graph when nothing is rated', () => {
    expect(toClaimReviewDocument(article, [annotationOn(ASKED, { note: 'just a note' })], { now })['@graph']).toEqual([]);
  });
});
