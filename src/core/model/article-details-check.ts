import type { ArticleDetails } from './article-details';
import { checkEvidenceUrl } from './evidence-url';

/*
 * Checking what the reader typed in `Article details`: apart from article-details.ts, which the
 * first page needs, because only the dialog (loaded when opened) checks.
 */

export type DetailsErrors = Partial<Record<keyof ArticleDetails, string>>;

export const MAX_DETAILS_TITLE = 300;
export const MAX_DETAILS_SOURCE = 200;

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
