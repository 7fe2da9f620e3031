import type { Annotation } from '../model/annotation';
import type { ArticleDetails } from '../model/article-details';
import type { ShippedArticle } from './shipped-manifest';

/** An article as the library lists it. */
export interface LibraryEntry {
  id: string;
  title: string;
  source?: string;
  /** When it was opened into the library (ISO); null for an article shipped with the app. */
  added: string | null;
  annotations: number;
  factChecks: number;
}

/** A stored article's summary (what the library needs, not its text). */
export interface StoredArticleSummary {
  id: string;
  title: string;
  source?: string;
  added: string;
}

/** How many annotations, and how many of them fact-checks, each article has. */
export type AnnotationCounts = ReadonlyMap<string, { annotations: number; factChecks: number }>;

/** Counts annotations (and fact-checks: those with a verdict) per article. */
export function countAnnotations(annotations: Iterable<Pick<Annotation, 'verdict' | 'target'>>): Map<string, { annotations: number; factChecks: number }> {
  const counts = new Map<string, { annotations: number; factChecks: number }>();
  for (const a of annotations) {
    const c = counts.get(a.target.articleId) ?? { annotations: 0, factChecks: 0 };
    c.annotations += 1;
    if (a.verdict) c.factChecks += 1;
    counts.set(a.target.articleId, c);
  }
  return counts;
}

/**
 * The library: stored articles, newest first, then the shipped ones (always listed, even when a
 * stored article has the same id, which cannot happen since stored ids are hashes). Each is
 * listed by the title and source the reader gave it, when they edited its details.
 */
export function buildLibrary(
  shipped: readonly ShippedArticle[],
  stored: readonly StoredArticleSummary[],
  counts: AnnotationCounts,
  details: ReadonlyMap<string, ArticleDetails> = new Map(),
): LibraryEntry[] {
  const count = (id: string) => counts.get(id) ?? { annotations: 0, factChecks: 0 };
  const described = <T extends { id: string; title: string; source?: string }>(entry: T): T => {
    const edited = details.get(entry.id);
    if (!edited) return entry;
    const { source: _source, ...rest } = entry;
    return (edited.source ? { ...rest, title: edited.title, source: edited.source } : { ...rest, title: edited.title }) as T;
  };
  const shippedIds = new Set(shipped.map((s) => s.id));
  const own = stored
    .filter((s) => !shippedIds.has(s.id))
    .map(described)
    .sort((a, b) => b.added.localeCompare(a.added) || a.title.localeCompare(b.title))
    .map((s): LibraryEntry => ({ ...s, ...count(s.id) }));
  const bundled = shipped.map(described).map((s): LibraryEntry => ({ ...s, added: null, ...count(s.id) }));
  return [...own, ...bundled];
}

/** Annotations kept for an article that is not in the library (imported, or its article deleted elsewhere). */
export interface MissingArticle {
  id: string;
  /** The article's IRI, as the annotations name it. */
  source: string;
  annotations: number;
  /** One quoted passage, to help the reader recognise the article. */
  sampleQuote: string;
}

/** The articles that annotations belong to but the library does not hold, by id. */
export function missingArticles(entries: readonly LibraryEntry[], annotations: Iterable<Annotation>): MissingArticle[] {
  const known = new Set(entries.map((e) => e.id));
  const missing = new Map<string, MissingArticle>();
  for (const a of annotations) {
    const id = a.target.articleId;
    if (known.has(id)) continue;
    const m = missing.get(id);
    if (m) m.annotations += 1;
    else missing.set(id, { id, source: a.target.source, annotations: 1, sampleQuote: a.target.quote.exact });
  }
  return [...missing.values()].sort((a, b) => a.id.localeCompare(b.id));
}

/** The entries whose title or source holds every word of the query (case and accents ignored). */
export function filterLibrary(entries: readonly LibraryEntry[], query: string): LibraryEntry[] {
  const words = foldText(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...entries];
  return entries.filter((e) => {
    const hay = foldText(`${e.title}\n${e.source ?? ''}`);
    return words.every((w) => hay.includes(w));
  });
}

/** Lower case without accents, for matching what a person types. */
export function foldText(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}
