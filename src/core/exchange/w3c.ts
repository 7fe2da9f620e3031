import type { Annotation, ClaimDetails } from '../model/annotation';
import { compareByPosition, motivationOf } from '../model/annotation';
import type { Article } from '../model/article';
import { verdictById } from '../model/fact-check';

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
  'mg:claim'?: { summary?: string; claimant?: string; scope?: string };
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
  return out;
}

/**
 * The export file: an AnnotationCollection whose `first` page holds the items in the order
 * given. With no annotations, `total` is 0 and there is no `first` (W3C model 5.1).
 */
export function toW3CCollection(article: Pick<Article, 'id' | 'iri' | 'title'>, annotations: readonly Annotation[], now: Date): W3CCollection {
  const id = `urn:marginalia:export:${encodeURIComponent(article.id)}`;
  const collection: W3CCollection = {
    '@context': [ANNO_CONTEXT, MARGINALIA_CONTEXT],
    id,
    type: 'AnnotationCollection',
    label: `Annotations on “${article.title}”`,
    total: annotations.length,
    generated: now.toISOString(),
    'mg:formatVersion': EXPORT_FORMAT_VERSION,
    'mg:article': { id: article.id, iri: article.iri, title: article.title },
  };
  if (annotations.length > 0) {
    collection.first = { id: `${id}:page1`, type: 'AnnotationPage', startIndex: 0, items: annotations.map(toW3CAnnotation) };
  }
  return collection;
}

/**
 * The export file's text: the collection with its items in document order (ties broken by id, so
 * the stored order never shows), two-space indented, ending in a newline. The same annotations
 * give the same bytes, whatever order they come in; only `generated` (now) differs.
 */
export function serializeW3CCollection(article: Pick<Article, 'id' | 'iri' | 'title'>, annotations: readonly Annotation[], now: Date): string {
  const ordered = [...annotations].sort(exportOrder);
  return `${JSON.stringify(toW3CCollection(article, ordered, now), null, 2)}\n`;
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
  if (claim.scope) out.scope = claim.scope;
  return Object.keys(out).length > 0 ? out : undefined;
}
