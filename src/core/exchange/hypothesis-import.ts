import { z } from './zod';
import type { Annotation } from '../model/annotation';
import { checkEvidenceUrl } from '../model/evidence-url';
import type { ParseResult } from '../model/parse-article';
import { dateField, hasMarkup, idField, iriField, noteText, readSelectors, shortText, tidyTags, validate } from './import-fields';
import { MAX_BODIES } from './import-limits';
import type { ItemContext, MappedItem } from './w3c-import';

/** The top of a Hypothesis JSON export (client "Export annotations"). */
export const hypothesisExportShape = z.object({
  // export_date, export_userid and client_version are metadata: read (the date) where used, never required.
  annotations: z.array(z.unknown(), { error: 'must be the list of annotations' }),
}, { error: 'must be an object' });

/** The Hypothesis API's search results (`GET /api/search`): `total` and a page of `rows`. */
export const hypothesisSearchShape = z.object({
  rows: z.array(z.unknown(), { error: 'must be the list of annotations' }),
}, { error: 'must be an object' });

const hypothesisAnnotationShape = z.object({
  id: idField,
  created: dateField,
  updated: dateField,
  uri: iriField.optional(),
  text: noteText.default(''),
  tags: z.array(shortText, { error: 'must be a list of tags' }).max(MAX_BODIES, `may hold at most ${MAX_BODIES} tags`).default([]),
  target: z.array(z.unknown(), { error: 'must be a list of targets' }).max(MAX_BODIES, `may hold at most ${MAX_BODIES} targets`).default([]),
  references: z.array(z.unknown(), { error: 'must be a list of annotation ids' }).default([]),
  document: z.object({ title: z.union([shortText, z.array(shortText)], { error: 'must be a title or a list of titles' }).optional() }, { error: 'must be an object' }).optional(),
  links: z.object({ html: z.string({ error: 'must be an address' }).optional() }, { error: 'must be an object' }).optional(),
});

const hypothesisTargetShape = z.object({ source: iriField.optional(), selector: z.unknown().optional() }, { error: 'must be an object with a source and selectors' });

/**
 * Reads one annotation of a Hypothesis export: its note (`text`, Markdown), tags, dates and
 * the quote and position selectors of its first target. Replies and page notes have no passage
 * and are skipped. The id becomes the annotation's Hypothesis address, so importing the same
 * export again updates instead of duplicating.
 */
export function fromHypothesisAnnotation(raw: unknown, context: ItemContext): ParseResult<MappedItem> {
  const { label } = context;
  const shape = validate(hypothesisAnnotationShape, raw, label);
  if (!shape.ok) return shape;
  const h = shape.value;
  if (h.references.length > 0) return { ok: true, value: { kind: 'skip', reason: 'reply' } };
  const first = h.target[0];
  if (first === undefined) return { ok: true, value: { kind: 'skip', reason: 'page-note' } };
  const target = validate(hypothesisTargetShape, first, label, ['target', 0]);
  if (!target.ok) return target;
  const selectors = readSelectors(target.value.selector, label, ['target', 0, 'selector']);
  if (!selectors.ok) return selectors;
  const { quote, position } = selectors.value;
  if (!quote) return { ok: true, value: { kind: 'skip', reason: target.value.selector === undefined ? 'page-note' : 'no-quote' } };
  const source = target.value.source ?? h.uri;
  if (!source) return { ok: false, error: `${label}: it names no document (no “uri” and no “target[0].source”).` };

  const { tags, changed } = tidyTags(h.tags);
  if (changed) context.notices.add('tags-tidied');
  const page = h.links?.html ? checkEvidenceUrl(h.links.html) : null;
  const annotation: Annotation = {
    id: page?.ok ? page.value : `urn:x-hypothesis:${h.id}`,
    target: {
      articleId: source,
      source,
      textHash: '',
      quote,
      position: position ?? { type: 'TextPositionSelector', start: 0, end: 0 },
    },
    note: h.text,
    verdict: null,
    tags,
    evidence: [],
    created: h.created,
    modified: h.updated,
  };
  if (hasMarkup(annotation)) context.notices.add('markup');
  const title = Array.isArray(h.document?.title) ? h.document.title[0] : h.document?.title;
  return { ok: true, value: { kind: 'item', item: { annotation, articleKnown: false, positionKnown: position !== undefined, articleLabel: title ? `${title} (${source})` : source } } };
}
