import type { Annotation } from '../model/annotation';
import { compareByPosition } from '../model/annotation';
import { matchesSearch } from '../model/search';
import type { LibraryEntry } from './library-entries';

/** The matching annotations of one article. */
export interface AnnotationHitGroup {
  articleId: string;
  /** The article's title, or null when the article is not in the library. */
  title: string | null;
  hits: Annotation[];
}

export interface AnnotationSearchResult {
  groups: AnnotationHitGroup[];
  /** How many annotations matched in all (more than shown when the limit cut the list). */
  total: number;
  shown: number;
}

/** Results shown at most, so a one-letter query over thousands of notes stays quick to render. */
export const SEARCH_RESULT_LIMIT = 200;

/**
 * Annotations of all articles matching the query (quote, note, tags, verdict; see matchesSearch),
 * grouped by article in library order, each group in document order. An empty query finds nothing:
 * the library lists articles, not every note.
 */
export function searchAllAnnotations(annotations: readonly Annotation[], entries: readonly LibraryEntry[], query: string, limit = SEARCH_RESULT_LIMIT): AnnotationSearchResult {
  if (query.trim() === '') return { groups: [], total: 0, shown: 0 };
  const matches = annotations.filter((a) => matchesSearch(a, query));
  const order = new Map(entries.map((e, i) => [e.id, i]));
  const rank = (id: string) => order.get(id) ?? Number.MAX_SAFE_INTEGER;
  matches.sort((a, b) => rank(a.target.articleId) - rank(b.target.articleId) || a.target.articleId.localeCompare(b.target.articleId) || compareByPosition(a, b));
  const shown = matches.slice(0, limit);
  const titles = new Map(entries.map((e) => [e.id, e.title]));
  const groups: AnnotationHitGroup[] = [];
  for (const hit of shown) {
    const last = groups[groups.length - 1];
    if (last && last.articleId === hit.target.articleId) last.hits.push(hit);
    else groups.push({ articleId: hit.target.articleId, title: titles.get(hit.target.articleId) ?? null, hits: [hit] });
  }
  return { groups, total: matches.length, shown: shown.length };
}
