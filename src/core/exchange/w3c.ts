import type { Annotation, ClaimDetails } from '../model/annotation';
import { compareByPosition, motivationOf } from '../model/annotation';
import type { Article } from '../model/article';
import { verdictById } from '../model/fact-check';
import { escapeJsonForHtml } from './safe-json';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** Marginalia's own terms, for what the W3C vocabulary has no word for (text hash, claim details). */
export const MARGINALIA_CONTEXT = { mg: 'urn:marginalia:vocab:' } as const;
/** Version of our export format; bumped when its shape changes so importers can adapt. */
export const EXPORT_FORMAT_VERSION = 1;

export interface W3CTextualBody {
  type: 'TextualBody';
  purpose: 'commenting' | 'assessing' | 'tagging';
  value: string;
  format?: string;
  'mg:verdict'?: string;
}

export interface W3CLinkBody {
  type: 'SpecificResource';
  purpose: 'linking';
  source: string;
  'mg:title'?: string;
  'mg:stance'?: string;
}

export type W3CBody = W3CTextualBody | W3CLinkBody;

export interface W3CAnnotation {
  '@context': [typeof ANNO_CONTEXT, typeof MARGINALIA_CONTEXT];
  id: string;
  type: 'Annotation';
  motivation: string;
  created: string;
  modified: string;
  body?: W3CBody[];
  target: {
    source: string;
    selector: [
      { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string },
      { type: 'TextPositionSelector'; start: number; end: number },
    ];
    'mg:articleId': string;
    'mg:textHash': string;
  };
  'mg:claim'?: { summary?: string; claimant?: string; claimantType?: string; scope?: string };
  /** Who made it (`Your name`), a foaf:Person. */
  creator?: { type: 'Person'; name: string };
}

export interface W3CCollection {
  '@context': [typeof ANNO_CONTEXT, typeof MARGINALIA_CONTEXT];
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  generated: string;
  'mg:formatVersion': number;
  'mg:article': { id: string; iri: string; title: string };
  first?: { id: string; type: 'AnnotationPage'; startIndex: 0; items: W3CAnnotation[] };
}

/** Maps one annotation to a W3C Web Annotation (JSON-LD), bodies per FACT-CHECK.md. */
export function toW3CAnnotation(a: Annotation): W3CAnnotation {
  const body: W3CBody[] = [];
  // Any note, even white space only, is written, so that import gives back exactly what was stored.
  if (a.note !== '') body.push({ type: 'TextualBody', purpose: 'commenting', value: a.note, format: 'text/markdown' });
  const verdict = a.verdict ? verdictById(a.verdict) : undefined;
  if (verdict) body.push({ type: 'TextualBody', purpose: 'assessing', value: verdict.label, 'mg:verdict': verdict.id });
  for (const tag of a.tags) body.push({ type: 'TextualBody', purpose: 'tagging', value: tag });
  for (const source of a.evidence) {
    const link: W3CLinkBody = { type: 'SpecificResource', purpose: 'linking', source: source.url };
    if (source.title) link['mg:title'] = source.title;
    if (source.stance) link['mg:stance'] = source.stance;
    body.push(link);
  }
  const out: W3CAnnotation = {
    '@context': [ANNO_CONTEXT, MARGINALIA_CONTEXT],
    id: a.id,
    type: 'Annotation',
    motivation: motivationOf(a),
    created: a.created,
    modified: a.modified,
    target: {
      source: a.target.source,
      selector: [
        { type: 'TextQuoteSelector', exact: a.target.quote.exact, prefix: a.target.quote.prefix, suffix: a.target.quote.suffix },
        { type: 'TextPositionSelector', start: a.target.position.start, end: a.target.position.end },
      ],
      'mg:articleId': a.target.articleId,
      'mg:textHash': a.target.textHash,
    },
  };
  if (body.length > 0) out.body = body;
  const claim = orderedClaim(a.claim);
  if (claim) out['mg:claim'] = claim;
  if (a.author?.name) out.creator = { type: 'Person', name: a.author.name };
  return out;
}

/**
 * The export file: an AnnotationCollection whose `first` page holds the items in the order
 * given. With no annotations, `total` is 0 and there is no `first` (W3C model 5.1).
 */
export function toW3CCollection(article: Pick<Article, 'id' | 'iri' | 'title'>, annotations: readonly Annotation[], now: Date): W3CCollection {
  return collectionOf(article, annotations.length, now, annotations.map(toW3CAnnotation));
}

/** The collection around `items`, with `total` given apart, so that its text can be written without them. */
function collectionOf(article: Pick<Article, 'id' | 'iri' | 'title'>, total: number, now: Date, items: W3CAnnotation[]): W3CCollection {
  const id = `urn:marginalia:export:${encodeURIComponent(article.id)}`;
  const collection: W3CCollection = {
    '@context': [ANNO_CONTEXT, MARGINALIA_CONTEXT],
    id,
    type: 'AnnotationCollection',
    label: `Annotations on “${article.title}”`,
    total,
    generated: now.toISOString(),
    'mg:formatVersion': EXPORT_FORMAT_VERSION,
    'mg:article': { id: article.id, iri: article.iri, title: article.title },
  };
  if (total > 0) collection.first = { id: `${id}:page1`, type: 'AnnotationPage', startIndex: 0, items };
  return collection;
}

/** An empty page's items as the indented collection writes them, last of all (`first` ends the collection, `items` the page). */
const NO_ITEMS = '"items": []';
/** Between two items: each on a line of its own, three levels deep. */
const NEXT_ITEM = ',\n      ';
/**
 * Where one item ends and the next begins in a compact list of them. A quote inside a string is
 * written \", so `{"` never occurs inside one, and no object within an annotation has an
 * "@context" key: this text is found between two items and nowhere else.
 */
const ITEM_BOUNDARY = '},{"@context":';
/**
 * Annotations written by one JSON.stringify call. Measured in Chromium for issue #5, one call per
 * annotation was slower (many small strings, each grown from nothing), and one call for them all
 * slower still; in Node too.
 */
const PER_CALL = 64;

/**
 * The export file's text: the collection with its items in document order (ties broken by id, so
 * the stored order never shows), ending in a newline. The collection is indented with two spaces
 * and each annotation is one compact line: still readable, and a diff of two exports shows one
 * line per changed annotation. Indenting everything made the file half as big again and, in
 * Chromium, twice as slow to write and turn into a download (issue #5). The same annotations give
 * the same bytes, whatever order they come in; only `generated` (now) differs. `<`, `>`, `&`,
 * U+2028 and U+2029 are written as `\u` escapes (escapeJsonForHtml).
 */
export function serializeW3CCollection(article: Pick<Article, 'id' | 'iri' | 'title'>, annotations: readonly Annotation[], now: Date): string {
  return serializeW3CParts(article, annotations, now).join('');
}

/**
 * The same file as serializeW3CCollection, in pieces to be written one after another: a download
 * is made from them as they are (`new Blob(parts)`), which in Chromium costs half as much as
 * joining 7 MB of text first and encoding that.
 */
export function serializeW3CParts(article: Pick<Article, 'id' | 'iri' | 'title'>, annotations: readonly Annotation[], now: Date): string[] {
  const ordered = inExportOrder(annotations);
  const head = escapeJsonForHtml(JSON.stringify(collectionOf(article, ordered.length, now, []), null, 2));
  if (ordered.length === 0) return [`${head}\n`];
  // Within a string a quote is written \", so the last `"items": []` in the text is the key itself.
  const slot = head.lastIndexOf(NO_ITEMS);
  const parts = [head.slice(0, slot), `"items": [${NEXT_ITEM.slice(1)}`];
  for (let from = 0; from < ordered.length; from += PER_CALL) {
    if (from > 0) parts.push(NEXT_ITEM);
    // Mapped and written a slice at a time, so that the objects die young (cheap to collect).
    // Without the indent argument JSON.stringify can take V8's fast path (Chromium 138 on).
    // Escaped so that the file can be embedded in a page (`</script>` in a note stays text).
    const list = escapeJsonForHtml(JSON.stringify(ordered.slice(from, from + PER_CALL).map(toW3CAnnotation)));
    parts.push(list.slice(1, -1).replaceAll(ITEM_BOUNDARY, `}${NEXT_ITEM}{"@context":`));
  }
  parts.push('\n    ]', head.slice(slot + NO_ITEMS.length), '\n');
  return parts;
}

/** `annotations` in export order; the reader's list is already in it, and is then only copied. */
function inExportOrder(annotations: readonly Annotation[]): Annotation[] {
  const copy = [...annotations];
  for (let i = 1; i < copy.length; i++) {
    if (exportOrder(copy[i - 1] as Annotation, copy[i] as Annotation) > 0) return copy.sort(exportOrder);
  }
  return copy;
}

/** Document order (compareByPosition), then by id: a total order, so exports are deterministic. */
export function exportOrder(a: Annotation, b: Annotation): number {
  return compareByPosition(a, b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The claim with its keys in a fixed order and empty parts left out; undefined when nothing is left. */
export function orderedClaim(claim: ClaimDetails | undefined): ClaimDetails | undefined {
  if (!claim) return undefined;
  const out: ClaimDetails = {};
  if (claim.summary) out.summary = claim.summary;
  if (claim.claimant) out.claimant = claim.claimant;
  if (claim.claimant && claim.claimantType) out.claimantType = claim.claimantType;
  if (claim.scope) out.scope = claim.scope;
  return Object.keys(out).length > 0 ? out : undefined;
}
