import { z } from './zod';
import type { Annotation, EvidenceSource, TextPositionSelector, TextQuoteSelector } from '../model/annotation';
import { checkEvidenceUrl } from '../model/evidence-url';
import type { ParseResult } from '../model/parse-article';
import { parseTags } from '../model/tags';
import { MAX_ID_LENGTH, MAX_NOTE_LENGTH, MAX_QUOTE_LENGTH, MAX_SHORT_TEXT_LENGTH, MAX_URL_LENGTH } from './import-limits';

/*
 * The field schemas both importers share. Every message is a predicate that follows the field's
 * name ("“created” must be a date ..."), so that validate() can say where the problem is.
 */

const count = new Intl.NumberFormat('en');

/** A text field of at most `max` characters; `noun` names it in the message (“a note”). */
export function textField(max: number, noun: string) {
  return z.string({ error: 'must be text' }).max(max, {
    error: (issue) => `is ${count.format(String(issue.input).length)} characters long; ${noun} can hold at most ${count.format(max)} characters. Shorten it and import again.`,
  });
}

export const noteText = textField(MAX_NOTE_LENGTH, 'a note');
export const shortText = textField(MAX_SHORT_TEXT_LENGTH, 'this field');

/** An id or IRI: non-empty text of bounded length. */
export const idField = z
  .string({ error: 'must be text (an id such as urn:uuid:…)' })
  .min(1, 'is empty; every annotation needs an id')
  .max(MAX_ID_LENGTH, `is longer than ${count.format(MAX_ID_LENGTH)} characters; that is not a real id`);

/** An IRI given as text or as an object with an `id`, as JSON-LD allows. */
export const iriField = z.union([idField, z.object({ id: idField }).transform((o) => o.id)], { error: 'must be the IRI of a document (text, or an object with an id)' });

/** An ISO 8601 date-time with a time zone, normalised to UTC with `Z` (FACT-CHECK.md). */
export const dateField = z
  .iso.datetime({ offset: true, error: 'must be a date and time with a time zone, like 2026-05-01T12:00:00Z' })
  .transform((text) => new Date(text).toISOString());

/** An evidence link: only http(s) URLs pass (checkEvidenceUrl), normalised. */
export const evidenceUrlField = z
  .string({ error: 'must be the address of a source' })
  .max(MAX_URL_LENGTH, `is longer than ${count.format(MAX_URL_LENGTH)} characters; that is not a real link`)
  .transform((text, ctx) => {
    const checked = checkEvidenceUrl(text);
    if (checked.ok) return checked.value;
    ctx.addIssue({ code: 'custom', message: `links to “${shorten(text)}”, which cannot be a source: ${checked.error}` });
    return z.NEVER;
  });

export const stanceField = z.enum(['supports', 'refutes', 'context'], { error: 'must be supports, refutes or context' });

const offsetField = z.int({ error: 'must be a whole number' }).min(0, 'must be 0 or more: a negative offset points before the start of the text');

/** TextQuoteSelector: the quote must hold text; prefix and suffix default to empty. */
export const quoteSelectorField = z.object({
  type: z.literal('TextQuoteSelector'),
  exact: textField(MAX_QUOTE_LENGTH, 'a quote').min(1, 'is empty: a quote must hold the annotated text'),
  prefix: textField(MAX_QUOTE_LENGTH, 'a prefix').default(''),
  suffix: textField(MAX_QUOTE_LENGTH, 'a suffix').default(''),
});

/** TextPositionSelector: whole, non-negative offsets with the end after the start. */
export const positionSelectorField = z
  .object({ type: z.literal('TextPositionSelector'), start: offsetField, end: offsetField })
  .superRefine((p, ctx) => {
    if (p.end < p.start) ctx.addIssue({ code: 'custom', path: ['end'], message: `is ${p.end}, before the start (${p.start}): the offsets are reversed` });
    else if (p.end === p.start) ctx.addIssue({ code: 'custom', path: ['end'], message: `equals the start (${p.start}): the selection holds no text` });
  });

/** A path inside the file, readable: `target.selector[1].end`. */
export type FieldPath = readonly PropertyKey[];

/**
 * Checks `value` against `schema`. On failure the message names `label` (which annotation), the
 * field's path below `base`, and what is wrong with it.
 */
export function validate<T>(schema: z.ZodType<T>, value: unknown, label: string, base: FieldPath = []): ParseResult<T> {
  const result = schema.safeParse(value);
  if (result.success) return { ok: true, value: result.data };
  const issue = result.error.issues[0];
  if (!issue) return { ok: false, error: `${label} is not valid.` };
  return { ok: false, error: fieldError(label, [...base, ...issue.path], issue.message) };
}

/** `Annotation 3 (id “x”): “target.source” must be …` */
export function fieldError(label: string, path: FieldPath, message: string): string {
  const where = pathText(path);
  const sentence = where ? `“${where}” ${message}` : message;
  return `${label}: ${sentence}${/[.!?]$/.test(sentence) ? '' : '.'}`;
}

function pathText(path: FieldPath): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out;
}

/** How an annotation is named in messages: its place in the file, and its id when it has one. */
export function itemLabel(index: number, raw: unknown): string {
  const id = typeof raw === 'object' && raw !== null && 'id' in raw ? (raw as { id: unknown }).id : undefined;
  return typeof id === 'string' && id !== '' ? `Annotation ${index + 1} (id “${shorten(id)}”)` : `Annotation ${index + 1}`;
}

/** Text cut to fit in a message. */
export function shorten(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export interface FoundSelectors {
  quote?: TextQuoteSelector;
  position?: TextPositionSelector;
}

/**
 * Picks the TextQuoteSelector and TextPositionSelector out of a target's selectors (one object
 * or a list; other kinds, such as RangeSelector, are ignored) and validates them.
 */
export function readSelectors(selector: unknown, label: string, base: FieldPath): ParseResult<FoundSelectors> {
  const list = selector === undefined ? [] : Array.isArray(selector) ? selector : [selector];
  const found: FoundSelectors = {};
  for (const [i, item] of list.entries()) {
    const type = typeof item === 'object' && item !== null ? (item as { type?: unknown }).type : undefined;
    const path = Array.isArray(selector) ? [...base, i] : base;
    if (type === 'TextQuoteSelector' && !found.quote) {
      const quote = validate(quoteSelectorField, item, label, path);
      if (!quote.ok) return quote;
      found.quote = quote.value;
    } else if (type === 'TextPositionSelector' && !found.position) {
      const position = validate(positionSelectorField, item, label, path);
      if (!position.ok) return position;
      found.position = position.value;
    }
  }
  return { ok: true, value: found };
}

/** Evidence with one entry per URL (the first wins); `merged` counts the duplicates dropped. */
export function uniqueEvidence(list: readonly EvidenceSource[]): { evidence: EvidenceSource[]; merged: number } {
  const seen = new Set<string>();
  const evidence = list.filter((e) => (seen.has(e.url) ? false : (seen.add(e.url), true)));
  return { evidence, merged: list.length - evidence.length };
}

/** Tags tidied to the editor's rules (parseTags); `changed` says whether that altered anything. */
export function tidyTags(raw: readonly string[]): { tags: string[]; changed: boolean } {
  const tags = parseTags(raw.join(','));
  return { tags, changed: tags.length !== raw.length || tags.some((tag, i) => tag !== raw[i]) };
}

const MARKUP = /<\s*[a-z!/?]/i;

/** True when any free-text field of the annotation looks like HTML or XML markup (kept as text; the preview says so). */
export function hasMarkup(a: Annotation): boolean {
  const { quote } = a.target;
  const texts = [a.note, quote.exact, quote.prefix, quote.suffix, ...a.tags, ...a.evidence.map((e) => e.title ?? ''), a.claim?.summary ?? '', a.claim?.claimant ?? ''];
  return texts.some((t) => MARKUP.test(t));
}
