import { z } from './zod';
import type { Annotation, EvidenceSource } from '../model/annotation';
import { isVerdictId, verdictByLabel, type VerdictId } from '../model/fact-check';
import type { ParseResult } from '../model/parse-article';
import { textHash } from '../model/text-hash';
import {
  dateField,
  evidenceUrlField,
  fieldError,
  hasMarkup,
  idField,
  iriField,
  noteText,
  readSelectors,
  shortText,
  stanceField,
  tidyTags,
  uniqueEvidence,
  validate,
  type FieldPath,
} from './import-fields';
import { MAX_BODIES } from './import-limits';
import type { NoticeTally } from './import-notices';
import type { ImportItem, SkipReason } from './import-types';
import { orderedClaim } from './w3c';

/** What reading one annotation needs besides the annotation itself. */
export interface ItemContext {
  /** How messages name it: `Annotation 3 (id “…”)`. */
  label: string;
  /** Date for an annotation that has none: the file's, or the time of import. */
  fallbackDate: string;
  notices: NoticeTally;
  /** Article titles the file names (our export's `mg:article`), by article id, for the preview. */
  articleTitles: ReadonlyMap<string, string>;
}

/** One annotation of a file: to import, or well-formed but skipped (and why). */
export type MappedItem = { kind: 'item'; item: ImportItem } | { kind: 'skip'; reason: SkipReason };

/** A JSON-LD type naming a Web Annotation: `Annotation`, `oa:Annotation` or the full IRI. */
export const ANNOTATION_TYPE = /(?:^|[:#/])Annotation$/;

const annotationShape = z.object({
  type: z.union([z.string(), z.array(z.string())], { error: 'must name the kind of resource' }).optional(),
  id: idField.optional(),
  created: dateField.optional(),
  modified: dateField.optional(),
  bodyValue: noteText.optional(),
  body: z.unknown().optional(),
  creator: z.unknown().optional(),
  target: z.unknown().refine((t) => t !== undefined, 'is missing: an annotation must say what it annotates'),
  'mg:claim': z
    .object(
      { summary: shortText.optional(), claimant: shortText.optional(), claimantType: z.enum(['Person', 'Organization'], { error: 'must be Person or Organization' }).optional(), scope: z.enum(['attribution', 'substance'], { error: 'must be attribution or substance' }).optional() },
      { error: 'must be an object with a summary, a claimant and a scope' },
    )
    .optional(),
});

const targetShape = z.object({
  source: iriField,
  selector: z.unknown().optional(),
  'mg:articleId': idField.optional(),
  'mg:textHash': shortText.optional(),
}, { error: 'must be the IRI of a document, or an object with its source and selectors' });

const textualBodyShape = z.object({ value: noteText, purpose: z.string({ error: 'must be a motivation such as commenting' }).optional(), 'mg:verdict': shortText.optional() });

// A JSON-LD source may be the IRI or an object with it as `id`; the URL check's message must survive, so no union.
const idOf = (value: unknown) => (typeof value === 'object' && value !== null && 'id' in value ? (value as { id: unknown }).id : value);

const linkBodyShape = z.object({ source: z.preprocess(idOf, evidenceUrlField), 'mg:title': shortText.optional(), 'mg:stance': stanceField.optional() });

const externalBodyShape = z.object({ id: evidenceUrlField, 'mg:title': shortText.optional(), 'mg:stance': stanceField.optional() });

/**
 * Reads one W3C Web Annotation: ours (with the `mg:` terms for article, text hash, verdict id,
 * claim, evidence title and stance) or another tool's (verdict from an `assessing` body whose
 * value is a verdict label, tags from `tagging` bodies, the note from `commenting` or untyped
 * textual bodies and `bodyValue`, evidence from `linking` resources and plain IRIs). Returns a
 * message naming the annotation and field when something is malformed or unsafe.
 */
export function fromW3CAnnotation(raw: unknown, context: ItemContext): ParseResult<MappedItem> {
  const { label } = context;
  const shape = validate(annotationShape, raw, label);
  if (!shape.ok) return shape;
  const a = shape.value;
  const types = a.type === undefined ? [] : Array.isArray(a.type) ? a.type : [a.type];
  if (types.length > 0 && !types.some((t) => ANNOTATION_TYPE.test(t))) {
    return { ok: false, error: `${label} is a “${types.join(', ')}”, not an Annotation.` };
  }

  const target = pickTarget(a.target, label);
  if (!target.ok) return target;
  if (target.value.kind === 'skip') return { ok: true, value: target.value };
  const { target: t, path: targetPath } = target.value;
  const selectors = readSelectors(t.selector, label, [...targetPath, 'selector']);
  if (!selectors.ok) return selectors;
  if (!selectors.value.quote) return { ok: true, value: { kind: 'skip', reason: t.selector === undefined ? 'page-note' : 'no-quote' } };

  const content = readBodies(a.body, a.bodyValue, label, context.notices);
  if (!content.ok) return content;
  const { notes, verdict, tags: rawTags, evidence: rawEvidence, unknownAssessments } = content.value;

  const { tags, changed } = tidyTags(rawTags);
  if (changed) context.notices.add('tags-tidied');
  const { evidence, merged } = uniqueEvidence(rawEvidence);
  context.notices.add('duplicate-evidence', merged);
  context.notices.add('unknown-assessment', unknownAssessments);

  const created = a.created ?? a.modified;
  const modified = a.modified ?? a.created;
  if (!created || !modified) context.notices.add('missing-date');
  let id = a.id;
  if (id === undefined) {
    // An id made from the content: importing the same file twice updates instead of duplicating.
    id = `urn:marginalia:import:${textHash(JSON.stringify(raw)).slice('sha256:'.length, 'sha256:'.length + 32)}`;
    context.notices.add('missing-id');
  }

  const articleId = t['mg:articleId'];
  const annotation: Annotation = {
    id,
    target: {
      articleId: articleId ?? t.source,
      source: t.source,
      textHash: t['mg:textHash'] ?? '',
      quote: selectors.value.quote,
      position: selectors.value.position ?? { type: 'TextPositionSelector', start: 0, end: 0 },
    },
    note: notes.join('\n\n'),
    verdict,
    tags,
    evidence,
    created: created ?? context.fallbackDate,
    modified: modified ?? context.fallbackDate,
  };
  const claim = orderedClaim(a['mg:claim']);
  if (claim) annotation.claim = claim;
  const author = creatorName(a.creator);
  if (author) annotation.author = { name: author };
  if (hasMarkup(annotation)) context.notices.add('markup');
  const item: ImportItem = {
    annotation,
    articleKnown: articleId !== undefined,
    positionKnown: selectors.value.position !== undefined,
    articleLabel: (articleId !== undefined ? context.articleTitles.get(articleId) : undefined) ?? articleId ?? t.source,
  };
  return { ok: true, value: { kind: 'item', item } };
}

type Target = z.infer<typeof targetShape>;

/** The target to use: the first with a TextQuoteSelector when there are several. A bare IRI is a note on a whole page. */
function pickTarget(raw: unknown, label: string): ParseResult<{ kind: 'target'; target: Target; path: FieldPath } | { kind: 'skip'; reason: SkipReason }> {
  const list = Array.isArray(raw) ? raw : [raw];
  if (list.length === 0) return { ok: false, error: fieldError(label, ['target'], 'is an empty list: an annotation must say what it annotates') };
  const hasQuote = (t: unknown) => {
    const selector = typeof t === 'object' && t !== null ? (t as { selector?: unknown }).selector : undefined;
    const selectors = Array.isArray(selector) ? selector : [selector];
    return selectors.some((s) => typeof s === 'object' && s !== null && (s as { type?: unknown }).type === 'TextQuoteSelector');
  };
  const index = Math.max(0, list.findIndex(hasQuote));
  const chosen = list[index];
  if (typeof chosen === 'string') return { ok: true, value: { kind: 'skip', reason: 'page-note' } };
  const path: FieldPath = Array.isArray(raw) ? ['target', index] : ['target'];
  const target = validate(targetShape, chosen, label, path);
  if (!target.ok) return target;
  return { ok: true, value: { kind: 'target', target: target.value, path } };
}

interface BodyContent {
  notes: string[];
  verdict: VerdictId | null;
  tags: string[];
  evidence: EvidenceSource[];
  unknownAssessments: number;
}

/** Sorts the bodies into note, verdict, tags and evidence; refuses unsafe links and oversized text. */
function readBodies(body: unknown, bodyValue: string | undefined, label: string, notices: NoticeTally): ParseResult<BodyContent> {
  const out: BodyContent = { notes: [], verdict: null, tags: [], evidence: [], unknownAssessments: 0 };
  if (bodyValue !== undefined && bodyValue !== '') out.notes.push(bodyValue);
  const list = body === undefined ? [] : Array.isArray(body) ? body : [body];
  if (list.length > MAX_BODIES) return { ok: false, error: fieldError(label, ['body'], `holds ${list.length} bodies; at most ${MAX_BODIES} are read`) };
  for (const [i, item] of list.entries()) {
    const path: FieldPath = Array.isArray(body) ? ['body', i] : ['body'];
    if (typeof item === 'string') {
      const url = validate(evidenceUrlField, item, label, path);
      if (!url.ok) return url;
      out.evidence.push({ url: url.value });
      continue;
    }
    if (typeof item !== 'object' || item === null || Array.isArray(item)) return { ok: false, error: fieldError(label, path, 'must be an object or the IRI of a resource') };
    const purpose = (item as { purpose?: unknown }).purpose;
    if ('value' in item) {
      const textual = validate(textualBodyShape, item, label, path);
      if (!textual.ok) return textual;
      const { value } = textual.value;
      if (purpose === 'tagging') out.tags.push(value);
      else if (purpose === 'assessing') {
        const byId = textual.value['mg:verdict'];
        const verdict = isVerdictId(byId) ? byId : verdictByLabel(value)?.id;
        if (verdict && !out.verdict) out.verdict = verdict;
        else {
          out.notes.push(value);
          out.unknownAssessments++;
        }
      } else if (value !== '') out.notes.push(value);
    } else if (purpose !== 'tagging' && ('source' in item || 'id' in item)) {
      const link = 'source' in item ? validate(linkBodyShape, item, label, path) : validate(externalBodyShape, item, label, path);
      if (!link.ok) return link;
      const value = link.value as { source?: string; id?: string; 'mg:title'?: string; 'mg:stance'?: EvidenceSource['stance'] };
      const source: EvidenceSource = { url: value.source ?? value.id ?? '' };
      if (value['mg:title']) source.title = value['mg:title'];
      if (value['mg:stance']) source.stance = value['mg:stance'];
      out.evidence.push(source);
    } else {
      notices.add('unsupported-body');
    }
  }
  return { ok: true, value: out };
}

/** The name of an annotation's W3C `creator` (an agent with a `name`, or the first of several); a bare IRI names nobody. */
export function creatorName(creator: unknown): string | null {
  const agent = Array.isArray(creator) ? creator[0] : creator;
  if (!agent || typeof agent !== 'object') return null;
  const name = (agent as { name?: unknown }).name;
  const text = typeof name === 'string' ? name.trim() : '';
  return text ? text.slice(0, MAX_CREATOR_NAME) : null;
}

/** Longer names are cut: a name is shown on a card. */
const MAX_CREATOR_NAME = 200;
