import type { ParseResult } from '../model/parse-article';
import { hypothesisExportShape, hypothesisSearchShape, fromHypothesisAnnotation } from './hypothesis-import';
import { dateField, itemLabel, shorten, validate } from './import-fields';
import { checkImportSize } from './import-limits';
import { NoticeTally } from './import-notices';
import type { ImportFormat, ImportItem, ParsedImport, SkipReason } from './import-types';
import { parseJsonText } from './json-text';
import { EXPORT_FORMAT_VERSION } from './w3c';
import { ANNOTATION_TYPE, fromW3CAnnotation, type ItemContext, type MappedItem } from './w3c-import';

export interface ParseImportOptions {
  /** The time of import: the date of annotations that carry none. */
  now: Date;
}

/** Most embedded `next` pages followed in one collection (a loop of pages would otherwise never end). */
const MAX_PAGES = 10_000;

const KNOWN_FORMATS = 'Marginalia reads W3C Web Annotations (an AnnotationCollection, an AnnotationPage, one Annotation or a list of them) and Hypothesis JSON exports or API search results';

/**
 * Reads the text of an import file: size, JSON syntax (with line and column), nesting depth,
 * then parseImport. Returns what the file holds, or a message naming the problem. Never throws.
 */
export function parseImportText(text: string, options: ParseImportOptions): ParseResult<ParsedImport> {
  // A UTF-16 code unit is at least one byte in the file, so this cannot refuse a file within the limit.
  const size = checkImportSize(text.length);
  if (!size.ok) return size;
  const json = parseJsonText(text);
  if (!json.ok) return json;
  return parseImport(json.value, options);
}

/**
 * Detects the format of parsed JSON and reads every annotation in it. Refuses, naming the
 * problem and (where it helps) the annotation: other shapes, empty files, malformed or unsafe
 * annotations, and ids used twice. All or nothing: one bad annotation refuses the file, so
 * nothing is half-imported. Never throws.
 */
export function parseImport(json: unknown, options: ParseImportOptions): ParseResult<ParsedImport> {
  try {
    const found = findAnnotations(json);
    if (!found.ok) return found;
    return readAll(found.value, options);
  } catch (error) {
    // Nothing above should throw; if a bug does, the reader still gets a message, not a broken page.
    return { ok: false, error: `The file could not be read (${error instanceof Error ? error.message : String(error)}). Nothing was imported.` };
  }
}

interface FoundAnnotations {
  format: ImportFormat | 'w3c-or-marginalia';
  raw: unknown[];
  /** The file's own date (`generated`, `export_date`), for annotations without one. */
  fileDate?: string;
  articleTitles: Map<string, string>;
}

function findAnnotations(json: unknown): ParseResult<FoundAnnotations> {
  if (Array.isArray(json)) {
    if (json.length === 0) return { ok: false, error: 'The file holds an empty list: there are no annotations to import.' };
    return { ok: true, value: { format: 'w3c-or-marginalia', raw: json, articleTitles: new Map() } };
  }
  if (typeof json !== 'object' || json === null) {
    return { ok: false, error: `The file holds a single ${json === null ? 'null' : typeof json} value, not annotations. ${KNOWN_FORMATS}.` };
  }
  const record = json as Record<string, unknown>;
  if ('annotations' in record && ('export_date' in record || 'client_version' in record || 'export_userid' in record)) {
    const exported = validate(hypothesisExportShape, record, 'The Hypothesis export');
    if (!exported.ok) return exported;
    if (exported.value.annotations.length === 0) return { ok: false, error: 'The Hypothesis export holds no annotations.' };
    return { ok: true, value: { format: 'hypothesis', raw: exported.value.annotations, fileDate: validDate(record.export_date), articleTitles: new Map() } };
  }
  if ('rows' in record && 'total' in record) {
    // What the Hypothesis API's search returns: the same annotation objects as the client's export.
    const results = validate(hypothesisSearchShape, record, 'The Hypothesis search results');
    if (!results.ok) return results;
    if (results.value.rows.length === 0) return { ok: false, error: 'The Hypothesis search results hold no annotations (“rows” is empty).' };
    return { ok: true, value: { format: 'hypothesis', raw: results.value.rows, articleTitles: new Map() } };
  }
  const types = typesOf(record.type);
  if (types.includes('AnnotationCollection')) return collectionItems(record);
  if (types.includes('AnnotationPage')) return pageItems(record, 'The annotation page', new Map());
  if (types.some((t) => ANNOTATION_TYPE.test(t))) return { ok: true, value: { format: 'w3c-or-marginalia', raw: [record], articleTitles: new Map() } };
  const keys = Object.keys(record).slice(0, 6).map((k) => `“${shorten(k, 30)}”`);
  const described = types.length > 0 ? `its type is “${shorten(types.join(', '), 60)}”` : keys.length > 0 ? `its top level has ${keys.join(', ')}` : 'it is an empty object';
  return { ok: false, error: `The file is JSON, but not annotations: ${described}. ${KNOWN_FORMATS}.` };
}

function collectionItems(collection: Record<string, unknown>): ParseResult<FoundAnnotations> {
  const version = collection['mg:formatVersion'];
  if (typeof version === 'number' && version > EXPORT_FORMAT_VERSION) {
    return { ok: false, error: `The file was exported by a newer Marginalia (format ${version}); this one reads format ${EXPORT_FORMAT_VERSION} and older. Update Marginalia and import again.` };
  }
  const titles = new Map<string, string>();
  const article = collection['mg:article'];
  if (typeof article === 'object' && article !== null) {
    const { id, title } = article as { id?: unknown; title?: unknown };
    if (typeof id === 'string' && typeof title === 'string') titles.set(id, shorten(title, 120));
  }
  const first = collection.first;
  if (first === undefined || collection.total === 0) return { ok: false, error: 'The file is an empty annotation collection: it holds no annotations to import.' };
  if (typeof first === 'string') {
    return { ok: false, error: `The collection's annotations are not in the file: its first page is elsewhere (${shorten(first)}). Import a file that holds the annotations themselves, as Marginalia's exports do.` };
  }
  const found = pageItems(first, 'The collection’s first page', titles);
  if (!found.ok) return found;
  return { ok: true, value: { ...found.value, format: 'mg:formatVersion' in collection ? 'marginalia' : 'w3c-or-marginalia', fileDate: validDate(collection.generated) } };
}

/** The items of a page and of the pages embedded after it through `next`. */
function pageItems(page: unknown, name: string, titles: Map<string, string>): ParseResult<FoundAnnotations> {
  const raw: unknown[] = [];
  let current: unknown = page;
  for (let n = 0; current !== undefined; n++) {
    if (n >= MAX_PAGES) return { ok: false, error: `${name} is followed by more than ${MAX_PAGES} pages; the file loops or is damaged.` };
    if (typeof current === 'string') return { ok: false, error: `The annotations continue on a page that is not in the file (${shorten(current)}). Import a file that holds all of them.` };
    if (typeof current !== 'object' || current === null || !Array.isArray((current as { items?: unknown }).items)) {
      return { ok: false, error: `${n === 0 ? name : `Page ${n + 1}`} has no list of “items”, so it holds no annotations.` };
    }
    // One by one: spreading a list of 100,000 items as arguments can overflow the stack.
    for (const item of (current as { items: unknown[] }).items) raw.push(item);
    current = (current as { next?: unknown }).next;
  }
  if (raw.length === 0) return { ok: false, error: 'The file holds no annotations: its page of items is empty.' };
  return { ok: true, value: { format: 'w3c-or-marginalia', raw, articleTitles: titles } };
}

function readAll(found: FoundAnnotations, options: ParseImportOptions): ParseResult<ParsedImport> {
  const notices = new NoticeTally();
  const items: ImportItem[] = [];
  const skipped: SkipReason[] = [];
  const errors: string[] = [];
  const firstIndexOf = new Map<string, number>();
  const read = found.format === 'hypothesis' ? fromHypothesisAnnotation : fromW3CAnnotation;
  const fallbackDate = found.fileDate ?? options.now.toISOString();
  for (const [index, raw] of found.raw.entries()) {
    const context: ItemContext = { label: itemLabel(index, raw), fallbackDate, notices, articleTitles: found.articleTitles };
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      errors.push(`${context.label} is not an object, so it is not an annotation.`);
      continue;
    }
    const mapped: ParseResult<MappedItem> = read(raw, context);
    if (!mapped.ok) {
      errors.push(mapped.error);
      continue;
    }
    if (mapped.value.kind === 'skip') {
      skipped.push(mapped.value.reason);
      continue;
    }
    const { id } = mapped.value.item.annotation;
    const earlier = firstIndexOf.get(id);
    if (earlier !== undefined) {
      errors.push(`Annotations ${earlier + 1} and ${index + 1} have the same id (“${shorten(id)}”); an id must be unique in a file. Remove or rename one and import again.`);
      continue;
    }
    firstIndexOf.set(id, index);
    items.push(mapped.value.item);
  }
  if (errors.length > 0) {
    const more = errors.length - 1;
    return { ok: false, error: `${errors[0]}${more > 0 ? ` (${more} more ${more === 1 ? 'problem' : 'problems'} in the file.)` : ''} Nothing was imported.` };
  }
  const format = found.format === 'w3c-or-marginalia' ? (items.length > 0 && items.every((i) => i.articleKnown) ? 'marginalia' : 'w3c') : found.format;
  return { ok: true, value: { format, items, skipped, notices: notices.sentences() } };
}

function typesOf(type: unknown): string[] {
  if (typeof type === 'string') return [type];
  return Array.isArray(type) ? type.filter((t): t is string => typeof t === 'string') : [];
}

function validDate(value: unknown): string | undefined {
  const parsed = dateField.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}
