import type { Annotation } from './annotation';
import type { VerdictId } from './fact-check';
import { matchesSearch } from './search';

/** A verdict to show: one of the vocabulary, `none` for annotations without one, or null for all. */
export type VerdictFilter = VerdictId | 'none' | null;

/** What the Annotations panel is narrowed to; every part must match. */
export interface AnnotationFilters {
  search: string;
  verdict: VerdictFilter;
  /** A tag (compared case-insensitively), or null for all. */
  tag: string | null;
}

/** True when the annotation passes the search, the verdict filter and the tag filter together. */
export function matchesFilters(annotation: Annotation, filters: AnnotationFilters): boolean {
  if (filters.verdict === 'none' ? annotation.verdict !== null : filters.verdict !== null && annotation.verdict !== filters.verdict) return false;
  if (filters.tag !== null) {
    const wanted = filters.tag.toLowerCase();
    if (!annotation.tags.some((t) => t.toLowerCase() === wanted)) return false;
  }
  return matchesSearch(annotation, filters.search);
}

/** True when any filter narrows the list. */
export function isFiltering(filters: AnnotationFilters): boolean {
  return filters.search.trim() !== '' || filters.verdict !== null || filters.tag !== null;
}

/**
 * The tags in use with how many annotations carry each, grouped case-insensitively (the first
 * spelling met names the group), most used first, then alphabetically.
 */
export function countTags(annotations: readonly Annotation[]): Array<{ tag: string; count: number }> {
  const groups = new Map<string, { tag: string; count: number }>();
  for (const a of annotations) {
    // Most annotations carry no tag: skip them without building anything.
    if (a.tags.length === 0) continue;
    for (const tag of new Set(a.tags.map((t) => t.toLowerCase()))) {
      const spelled = a.tags.find((t) => t.toLowerCase() === tag) ?? tag;
      const group = groups.get(tag);
      if (group) group.count++;
      else groups.set(tag, { tag: spelled, count: 1 });
    }
  }
  return [...groups.values()].sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag));
}
