import type { Article } from './article';
import { checkEvidenceUrl } from './evidence-url';

/**
 * What an article is called and where it came from, as the reader corrected it: the title the
 * library and the exports use, the source's name, the original address and the publication
 * date. Empty strings mean "none". Details never touch the text: the headline printed in the
 * reading view stays the page's own (annotations are anchored in it), and the article keeps its
 * id and IRI.
 */
export interface ArticleDetails {
  title: string;
  source: string;
  address: string;
  published: string;
}

export type DetailsErrors = Partial<Record<keyof ArticleDetails, string>>;

export const MAX_DETAILS_TITLE = 300;
export const MAX_DETAILS_SOURCE = 200;

/** The article's details as they stand (its own, or the ones already applied). */
export function detailsOf(article: Pick<Article, 'title' | 'source' | 'published'>): ArticleDetails {
  return { title: article.title, source: article.source?.name ?? '', address: article.source?.url ?? '', published: article.published ?? '' };
}

/** The day of an ISO date or date-time (`2016-05-27T10:00:00Z` → `2016-05-27`), as a date field shows it; '' when it is not one. */
export function dayOf(published: string): string {
  const day = /^(\d{4}-\d{2}-\d{2})/.exec(published.trim())?.[1];
  return day && isRealDay(day) ? day : '';
}

function isRealDay(day: string): boolean {
  const date = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === day;
}

/**
 * Checks what the reader typed in `Article details` against the details as they stand. The
 * title is required; the address must be a web address (a bare `example.com` gets `https://`);
 * the date is a day (`YYYY-MM-DD`). A date left on the same day keeps the original's time, and
 * one that is not a day at all is kept until a day is chosen.
 */
export function checkArticleDetails(input: ArticleDetails, current: ArticleDetails): { ok: true; value: ArticleDetails } | { ok: false; errors: DetailsErrors } {
  const errors: DetailsErrors = {};
  const title = input.title.replace(/\s+/g, ' ').trim();
  if (title === '') errors.title = 'An article needs a title.';
  else if (title.length > MAX_DETAILS_TITLE) errors.title = `A title can be at most ${MAX_DETAILS_TITLE} characters (this one has ${title.length}).`;
  const source = input.source.replace(/\s+/g, ' ').trim();
  if (source.length > MAX_DETAILS_SOURCE) errors.source = `A source's name can be at most ${MAX_DETAILS_SOURCE} characters.`;
  let address = '';
  if (input.address.trim() !== '') {
    const check = checkEvidenceUrl(input.address);
    if (check.ok) address = check.value;
    else errors.address = check.error.replace('can be sources', 'can be an article’s address').replace('of a source', 'of the article');
  }
  // A date the field cannot show (not a day, say "May 2016") is kept while the field stays empty.
  let published = dayOf(current.published) === '' ? current.published : '';
  const day = input.published.trim();
  if (day !== '') {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || !isRealDay(day)) errors.published = 'Enter the date the article was published, as a day (for example 2016-05-27).';
    else published = dayOf(current.published) === day ? current.published : day;
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, value: { title, source, address, published } };
}

/** True when the details say nothing the article does not already say. */
export function sameDetails(a: ArticleDetails, b: ArticleDetails): boolean {
  return a.title === b.title && a.source === b.source && a.address === b.address && a.published === b.published;
}

/**
 * The article as the reader described it: `title`, source and date from the details, while
 * `headline` keeps the title the text was made with, so `articleText` (and every anchor) is
 * unchanged. Who republished it is kept while the article has a source.
 */
export function withDetails(article: Article, details: ArticleDetails | null): Article {
  if (!details || sameDetails(details, detailsOf(article))) return article;
  const { source: _source, published: _published, ...rest } = article;
  const described: Article = { ...rest, title: details.title, headline: article.headline ?? article.title };
  if (details.source !== '' || details.address !== '') {
    described.source = { name: details.source };
    if (details.source !== '' && article.source?.republishedBy) described.source.republishedBy = article.source.republishedBy;
    if (details.address !== '') described.source.url = details.address;
  }
  if (details.published !== '') described.published = details.published;
  return described;
}

/** Reads stored details back, or null when they are not details (never throws). */
export function readArticleDetails(value: unknown): ArticleDetails | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  const fields = [v.title, v.source, v.address, v.published];
  if (!fields.every((f) => typeof f === 'string') || (v.title as string).trim() === '') return null;
  return { title: v.title as string, source: v.source as string, address: v.address as string, published: v.published as string };
}
