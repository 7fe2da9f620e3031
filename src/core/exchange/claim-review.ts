import type { Annotation, ClaimantType } from '../model/annotation';
import type { Article } from '../model/article';
import { claimHeadline, guessClaimantType } from '../model/claim';
import { checkEvidenceUrl } from '../model/evidence-url';
import { verdictById } from '../model/fact-check';
import { markdownToPlainText } from '../model/markdown-text';
import type { PublisherProfile, PublisherType } from '../model/publisher';
import { GAP_TEXT, publishingGaps } from './publishing-gaps';
import { isRatedClaim, numberedClaims, type NumberedClaim } from './report-claims';

export const SCHEMA_CONTEXT = 'https://schema.org';

export interface SchemaRating {
  '@type': 'Rating';
  /** 1 (false) to 5 (accurate); absent for a text-only rating (Unverified). */
  ratingValue?: number;
  bestRating?: 5;
  worstRating?: 1;
  alternateName: string;
  /** The verdict's words again: Google recommends `name` beside `alternateName`. */
  name: string;
  /** The note, as plain text. */
  ratingExplanation?: string;
}

/** A person or an organisation, as schema.org names one. */
export interface SchemaAgent {
  '@type': PublisherType | ClaimantType;
  name: string;
  url?: string;
  /** An organisation's logo. */
  logo?: string;
  /** A person's portrait. */
  image?: string;
}

/** The article the claim appears in: its address and date when the reader gave them. */
export interface SchemaAppearance {
  '@type': 'CreativeWork';
  headline: string;
  url?: string;
  author?: { '@type': 'Organization'; name: string };
  datePublished?: string;
}

export interface SchemaClaim {
  '@type': 'Claim';
  author?: SchemaAgent;
  /** When the claim was made: the article's publication date. */
  datePublished?: string;
  appearance: SchemaAppearance;
}

export interface SchemaClaimReview {
  '@type': 'ClaimReview';
  /** The published report's address plus the claim's fragment; absent until the reader says where it is published. */
  url?: string;
  claimReviewed: string;
  reviewRating: SchemaRating;
  /** `attribution` (that the claimant said it) or `substance` (that it is true), when the reader chose. */
  reviewAspect?: string;
  itemReviewed: SchemaClaim;
  /** The publisher; absent until the reader names one. */
  author?: SchemaAgent;
  datePublished: string;
  dateCreated: string;
  dateModified: string;
  citation?: string[];
}

export interface ClaimReviewDocument {
  '@context': typeof SCHEMA_CONTEXT;
  '@graph': SchemaClaimReview[];
}

/** Where and by whom the reviews are published. */
export interface PublishingContext {
  /** The newsroom or person publishing; null (or a blank name) until the reader sets it. */
  publisher: PublisherProfile | null;
  /** The address the report will be published at (checked http(s), no fragment); null until set. */
  reportUrl: string | null;
  now: Date;
}

/** The article fields the reviews read. Its `iri` and `id` are never used as addresses: they may come from an imported file. */
export type ReviewedArticle = Pick<Article, 'title' | 'source' | 'published'>;

/** True when ClaimReview can carry the annotation's verdict: Accurate to False, and Unverified (as text); the claims the reports number. */
export const isClaimReviewable: (annotation: Pick<Annotation, 'verdict'>) => boolean = isRatedClaim;

/** The publisher as schema.org's author: an organisation's logo, a person's image. */
export function publisherAgent(publisher: PublisherProfile): SchemaAgent {
  const agent: SchemaAgent = { '@type': publisher.type, name: publisher.name.trim() };
  if (publisher.url) agent.url = publisher.url;
  if (publisher.logo) agent[publisher.type === 'Organization' ? 'logo' : 'image'] = publisher.logo;
  return agent;
}

/** An http(s) address, or undefined: an article's address is used only when it is a web link. */
function webAddress(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const check = checkEvidenceUrl(url);
  return check.ok ? check.value : undefined;
}

/**
 * One schema.org ClaimReview for a numbered claim (FACT-CHECK.md): a 1-5 rating for Accurate to
 * False, a text-only rating for Unverified; `url` is the report's address plus `#claim-N`.
 * Returns null for Opinion and Loaded language, which rate no claim. What the reader has not
 * given yet (publisher, report address) is left out; missingRequired says so.
 */
export function toClaimReview(claim: NumberedClaim, article: ReviewedArticle, context: PublishingContext): SchemaClaimReview | null {
  const { annotation } = claim;
  const verdict = annotation.verdict ? verdictById(annotation.verdict) : undefined;
  if (!verdict || verdict.rating === null) return null;
  const rating: SchemaRating = { '@type': 'Rating', alternateName: verdict.label, name: verdict.label };
  if (typeof verdict.rating === 'number') Object.assign(rating, { ratingValue: verdict.rating, bestRating: 5, worstRating: 1 });
  const explanation = markdownToPlainText(annotation.note);
  if (explanation !== '') rating.ratingExplanation = explanation;

  const appearance: SchemaAppearance = { '@type': 'CreativeWork', headline: article.title };
  const address = webAddress(article.source?.url);
  if (address) appearance.url = address;
  if (article.source?.name) appearance.author = { '@type': 'Organization', name: article.source.name };
  if (article.published) appearance.datePublished = article.published;
  const item: SchemaClaim = { '@type': 'Claim', appearance };
  const claimant = annotation.claim?.claimant?.trim();
  if (claimant) item.author = { '@type': annotation.claim?.claimantType ?? guessClaimantType(claimant, article.source), name: claimant };
  if (article.published) item.datePublished = article.published;

  const review: SchemaClaimReview = {
    '@type': 'ClaimReview',
    claimReviewed: claimHeadline(annotation),
    reviewRating: rating,
    itemReviewed: item,
    datePublished: context.now.toISOString(),
    dateCreated: annotation.created,
    dateModified: annotation.modified,
  };
  if (context.reportUrl) review.url = `${context.reportUrl}#${claim.fragment}`;
  if (context.publisher && context.publisher.name.trim() !== '') review.author = publisherAgent(context.publisher);
  if (annotation.claim?.scope) review.reviewAspect = annotation.claim.scope;
  if (annotation.evidence.length > 0) review.citation = annotation.evidence.map((e) => e.url);
  // Keys in the order the documentation lists them: easier to read and to compare.
  const { url, author, '@type': type, ...rest } = review;
  return { '@type': type, ...(url ? { url } : {}), ...rest, ...(author ? { author } : {}) };
}

/** The ClaimReview graph: one review per rated claim, in document order, numbered as in the HTML report. */
export function toClaimReviewDocument(article: ReviewedArticle, annotations: readonly Annotation[], context: PublishingContext): ClaimReviewDocument {
  const reviews = numberedClaims(annotations).flatMap((c) => toClaimReview(c, article, context) ?? []);
  return { '@context': SCHEMA_CONTEXT, '@graph': reviews };
}

/**
 * What a review lacks of the properties Google's fact-check markup requires (`claimReviewed`,
 * `reviewRating.alternateName`, an http(s) `url`, and `author` with a name, per FACT-CHECK.md),
 * as the names of the properties. Empty when it can be published.
 */
export function missingRequired(review: SchemaClaimReview): string[] {
  const missing: string[] = [];
  if (!review.claimReviewed?.trim()) missing.push('claimReviewed');
  if (!review.reviewRating?.alternateName?.trim()) missing.push('reviewRating.alternateName');
  if (!review.url || !/^https?:\/\//.test(review.url)) missing.push('url');
  if (!review.author?.name?.trim()) missing.push('author.name');
  return missing;
}

/** What the reader must still give, in words, for each missing property. */
const MISSING_TEXT: Readonly<Record<string, string>> = {
  'author.name': GAP_TEXT.publisher,
  url: GAP_TEXT.reportUrl,
  claimReviewed: 'a claim summary or quote for every rated claim',
  'reviewRating.alternateName': 'a verdict label for every rated claim',
};

export type ClaimReviewReadiness = { ok: true; document: ClaimReviewDocument } | { ok: false; missing: string[] };

/**
 * The ClaimReview document when every review has Google's required properties; otherwise the
 * list, in words a reader can act on, of what is missing (no rated claim, no publisher name, no
 * report address). The Export menu shows this list and refuses the export.
 */
export function claimReviewReadiness(article: ReviewedArticle, annotations: readonly Annotation[], context: PublishingContext): ClaimReviewReadiness {
  const gaps = publishingGaps(annotations, context.publisher, context.reportUrl);
  if (gaps.length > 0) return { ok: false, missing: gaps };
  const document = toClaimReviewDocument(article, annotations, context);
  const missing = new Set(document['@graph'].flatMap(missingRequired));
  if (missing.size > 0) return { ok: false, missing: [...missing].map((m) => MISSING_TEXT[m] ?? m) };
  return { ok: true, document };
}
