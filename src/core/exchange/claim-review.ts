import type { Annotation } from '../model/annotation';
import { compareByPosition } from '../model/annotation';
import type { Article } from '../model/article';
import { claimHeadline } from '../model/claim';
import { verdictById } from '../model/fact-check';

export const SCHEMA_CONTEXT = 'https://schema.org';

/** Who published the reviews when the reader has not said: the app knows no names. */
export const DEFAULT_REVIEWER = 'Anonymous fact-checker';

export interface SchemaRating {
  '@type': 'Rating';
  /** 1 (false) to 5 (accurate); absent for a text-only rating (Unverified). */
  ratingValue?: number;
  bestRating?: 5;
  worstRating?: 1;
  alternateName: string;
  ratingExplanation?: string;
}

export interface SchemaClaim {
  '@type': 'Claim';
  author?: { '@type': 'Person'; name: string };
  appearance: {
    '@type': 'CreativeWork';
    '@id': string;
    headline: string;
    url?: string;
    author?: { '@type': 'Organization'; name: string };
    datePublished?: string;
    /** The passage as it appears in the article. */
    text: string;
  };
}

export interface SchemaClaimReview {
  '@type': 'ClaimReview';
  '@id': string;
  url: string;
  claimReviewed: string;
  reviewRating: SchemaRating;
  /** `attribution` (that the claimant said it) or `substance` (that it is true), when the reader chose. */
  reviewAspect?: string;
  itemReviewed: SchemaClaim;
  author: { '@type': 'Person'; name: string };
  datePublished: string;
  dateCreated: string;
  dateModified: string;
  citation?: string[];
}

export interface ClaimReviewDocument {
  '@context': typeof SCHEMA_CONTEXT;
  '@graph': SchemaClaimReview[];
}

export interface ClaimReviewOptions {
  now: Date;
  /** Name of the person or outlet publishing the reviews; DEFAULT_REVIEWER when not given. */
  reviewer?: string;
}

/** True when ClaimReview can carry the annotation's verdict: Accurate to False, and Unverified (as text). */
export function isClaimReviewable(annotation: Pick<Annotation, 'verdict'>): boolean {
  const verdict = annotation.verdict ? verdictById(annotation.verdict) : undefined;
  return verdict !== undefined && verdict.rating !== null;
}

/**
 * One schema.org ClaimReview for an annotation (FACT-CHECK.md): a 1-5 rating for Accurate to
 * False, a text-only rating (alternateName, no ratingValue) for Unverified. Returns null for
 * annotations without a verdict and for Opinion and Loaded language, which rate no claim.
 */
export function toClaimReview(annotation: Annotation, article: Pick<Article, 'iri' | 'title' | 'source' | 'published'>, options: ClaimReviewOptions): SchemaClaimReview | null {
  const verdict = annotation.verdict ? verdictById(annotation.verdict) : undefined;
  if (!verdict || verdict.rating === null) return null;
  const rating: SchemaRating = { '@type': 'Rating', alternateName: verdict.label };
  if (typeof verdict.rating === 'number') Object.assign(rating, { ratingValue: verdict.rating, bestRating: 5, worstRating: 1 });
  if (annotation.note.trim() !== '') rating.ratingExplanation = annotation.note.trim();

  const appearance: SchemaClaim['appearance'] = { '@type': 'CreativeWork', '@id': article.iri, headline: article.title, text: annotation.target.quote.exact };
  if (article.source?.url) appearance.url = article.source.url;
  if (article.source?.name) appearance.author = { '@type': 'Organization', name: article.source.name };
  if (article.published) appearance.datePublished = article.published;
  const claim: SchemaClaim = { '@type': 'Claim', appearance };
  if (annotation.claim?.claimant) claim.author = { '@type': 'Person', name: annotation.claim.claimant };

  const review: SchemaClaimReview = {
    '@type': 'ClaimReview',
    '@id': annotation.id,
    // The review has no web page of its own yet: its IRI stands in until a publisher gives it one.
    url: annotation.id,
    claimReviewed: claimHeadline(annotation),
    reviewRating: rating,
    itemReviewed: claim,
    author: { '@type': 'Person', name: options.reviewer?.trim() || DEFAULT_REVIEWER },
    datePublished: options.now.toISOString(),
    dateCreated: annotation.created,
    dateModified: annotation.modified,
  };
  if (annotation.claim?.scope) review.reviewAspect = annotation.claim.scope;
  if (annotation.evidence.length > 0) review.citation = annotation.evidence.map((e) => e.url);
  return review;
}

/** The ClaimReview export: a JSON-LD graph of one ClaimReview per rated claim, in document order. */
export function toClaimReviewDocument(
  article: Pick<Article, 'iri' | 'title' | 'source' | 'published'>,
  annotations: readonly Annotation[],
  options: ClaimReviewOptions,
): ClaimReviewDocument {
  const reviews = [...annotations].sort(compareByPosition).flatMap((a) => toClaimReview(a, article, options) ?? []);
  return { '@context': SCHEMA_CONTEXT, '@graph': reviews };
}
