import type { ClaimReviewDocument, SchemaClaimReview } from './claim-review';

/**
 * One review in the shape of Google's Fact Check Tools API (`ClaimReviewMarkup`,
 * https://developers.google.com/fact-check/tools/api/reference/rest/v1alpha1/pages): the same
 * facts as the schema.org review, under the field names the markup tool reads.
 */
export interface ClaimReviewMarkup {
  url: string;
  claimReviewed: string;
  claimDate?: string;
  claimAppearances?: string[];
  claimAuthor?: { name: string };
  rating: {
    textualRating: string;
    ratingValue?: number;
    bestRating?: number;
    worstRating?: number;
    ratingExplanation?: string;
  };
}

/** Google's `ClaimReviewMarkupPage`: the page-level fields once, then one markup per claim. */
export interface ClaimReviewMarkupPage {
  pageUrl: string;
  publishDate: string;
  claimReviewAuthor: { name: string; imageUrl?: string };
  claimReviewMarkups: ClaimReviewMarkup[];
}

function toMarkup(review: SchemaClaimReview): ClaimReviewMarkup {
  const { reviewRating: r, itemReviewed: claim } = review;
  const rating: ClaimReviewMarkup['rating'] = { textualRating: r.alternateName };
  if (r.ratingValue !== undefined) Object.assign(rating, { ratingValue: r.ratingValue, bestRating: r.bestRating, worstRating: r.worstRating });
  if (r.ratingExplanation) rating.ratingExplanation = r.ratingExplanation;
  const markup: ClaimReviewMarkup = { url: review.url ?? '', claimReviewed: review.claimReviewed, rating };
  if (claim.datePublished) markup.claimDate = claim.datePublished;
  if (claim.appearance.url) markup.claimAppearances = [claim.appearance.url];
  if (claim.author) markup.claimAuthor = { name: claim.author.name };
  return markup;
}

/**
 * The reviews of a ready ClaimReview document (claimReviewReadiness) as one
 * ClaimReviewMarkupPage: `pageUrl` the report's address, `publishDate` the day of export, the
 * publisher as `claimReviewAuthor` (its logo as `imageUrl`).
 */
export function toClaimReviewMarkupPage(document: ClaimReviewDocument, reportUrl: string, now: Date): ClaimReviewMarkupPage {
  const first = document['@graph'][0];
  const author = first?.author;
  const claimReviewAuthor: ClaimReviewMarkupPage['claimReviewAuthor'] = { name: author?.name ?? '' };
  const image = author?.logo ?? author?.image;
  if (image) claimReviewAuthor.imageUrl = image;
  return { pageUrl: reportUrl, publishDate: now.toISOString().slice(0, 10), claimReviewAuthor, claimReviewMarkups: document['@graph'].map(toMarkup) };
}
