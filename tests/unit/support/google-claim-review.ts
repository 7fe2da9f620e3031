/*
 * Google's documented ClaimReview properties, written down from
 * https://developers.google.com/search/docs/appearance/structured-data/factcheck
 * (“Structured data type definitions”: ClaimReview, Claim, Rating), as also tabulated by Full
 * Fact's markup investigation (https://fullfact.github.io/markup-investigation/docs/notes/01-basic-usage/).
 * FACT-CHECK.md adds `author.name` to the required list: a review nobody signs is not published.
 *
 *   ClaimReview  claimReviewed        REQUIRED     Text (ideally under 75 characters)
 *   ClaimReview  reviewRating         REQUIRED     Rating
 *   ClaimReview  url                  REQUIRED     URL (the page of the fact-check; an anchor may follow)
 *   ClaimReview  author               RECOMMENDED  Organization or Person (the publisher of the fact-check)
 *   ClaimReview  datePublished        RECOMMENDED  DateTime
 *   ClaimReview  itemReviewed         RECOMMENDED  Claim
 *   Claim        appearance           RECOMMENDED  URL or CreativeWork (appearance or firstAppearance)
 *   Claim        author               RECOMMENDED  Organization or Person (who made the claim)
 *   Claim        datePublished        RECOMMENDED  DateTime
 *   Claim        firstAppearance      RECOMMENDED  URL or CreativeWork
 *   Rating       alternateName        REQUIRED     Text
 *   Rating       bestRating           RECOMMENDED  Number
 *   Rating       name                 RECOMMENDED  Text (alternateName carries the same words)
 *   Rating       ratingValue          RECOMMENDED  Number
 *   Rating       worstRating          RECOMMENDED  Number
 */

type Check = { path: string; test: (review: Record<string, unknown>) => boolean };

const get = (value: unknown, path: string): unknown => path.split('.').reduce<unknown>((v, k) => (typeof v === 'object' && v !== null ? (v as Record<string, unknown>)[k] : undefined), value);
const text = (path: string): Check => ({ path, test: (r) => typeof get(r, path) === 'string' && (get(r, path) as string).trim() !== '' });
const webUrl = (path: string): Check => ({ path, test: (r) => typeof get(r, path) === 'string' && /^https?:\/\/[^\s]+$/.test(get(r, path) as string) });
const number = (path: string): Check => ({ path, test: (r) => typeof get(r, path) === 'number' });
const agent = (path: string): Check => ({ path, test: (r) => ['Person', 'Organization'].includes(get(r, `${path}.@type`) as string) && text(`${path}.name`).test(r) });
const date = (path: string): Check => ({ path, test: (r) => typeof get(r, path) === 'string' && !Number.isNaN(Date.parse(get(r, path) as string)) });

/** Google's required properties (plus author.name, FACT-CHECK.md). */
export const REQUIRED: readonly Check[] = [text('claimReviewed'), { path: 'reviewRating', test: (r) => get(r, 'reviewRating.@type') === 'Rating' }, text('reviewRating.alternateName'), webUrl('url'), agent('author')];

/** Google's recommended properties; Unverified has no number on the scale, so its rating skips the numeric ones. */
export function recommended(textOnlyRating: boolean): readonly Check[] {
  const numeric = textOnlyRating ? [] : [number('reviewRating.ratingValue'), number('reviewRating.bestRating'), number('reviewRating.worstRating')];
  return [
    date('datePublished'),
    { path: 'itemReviewed', test: (r) => get(r, 'itemReviewed.@type') === 'Claim' },
    webUrl('itemReviewed.appearance.url'),
    agent('itemReviewed.author'),
    date('itemReviewed.datePublished'),
    text('reviewRating.name'),
    ...numeric,
  ];
}

/** The paths of `checks` that `review` fails. */
export function failing(review: unknown, checks: readonly Check[]): string[] {
  return checks.filter((c) => !c.test(review as Record<string, unknown>)).map((c) => c.path);
}
