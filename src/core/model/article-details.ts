import type { Article } from './article';

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

/** The article's details as they stand (its own, or the ones already applied). */
export function detailsOf(article: Pick<Article, 'title' | 'source' | 'published'>): ArticleDetails {
  return { title: article.title, source: article.source?.name ?? '', address: article.source?.url ?? '', published: article.published ?? '' };
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
