import * as Y from 'yjs';
import type { Annotation } from '../core/model/annotation';
import { nextEntry, resolveRegister, sameValue, type LostChange, type RegisterEntry } from './registers';
import { spliceBetween } from './text-splice';

/**
 * How an annotation lives in its article's Yjs document: one Y.Map per annotation in the
 * document's `annotations` map, holding
 * - `id`, `created`, `author`: set once, by the device that made it;
 * - `note`: a Y.Text, so concurrent edits of one note merge as text;
 * - `f|<field>|<device>`: each device's latest setting of a shared field (registers.ts);
 * - `m|<device>`: each device's latest modification time (the record's `modified` is the latest).
 * Keys written by one device only never conflict inside Yjs; the registers decide the value.
 */

/** The fields decided by registers (everything but the note and what never changes). */
export const REGISTER_FIELDS = ['target', 'verdict', 'tags', 'evidence', 'claim'] as const;
export type RegisterField = (typeof REGISTER_FIELDS)[number];

/** The map of an article's document holding its annotations. */
export function annotationsMap(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
  return doc.getMap<Y.Map<unknown>>('annotations');
}

/** Who writes: a stable id of this device and its reader's `Your name`. */
export interface Writer {
  device: string;
  name: string | null;
}

/** A concurrent change of one field that lost, for the card. */
export interface LostFieldChange extends LostChange {
  field: RegisterField;
}

/** An annotation as the document holds it, and the concurrent changes that lost. */
export interface DocAnnotation {
  annotation: Annotation;
  lost: LostFieldChange[];
}

/**
 * Writes `annotation` into the document: creates its map, or changes only what differs from
 * what the document holds (a note by the smallest splice, a field by a new register entry).
 * Returns false when nothing differed. Call inside a transaction.
 */
export function writeAnnotation(annotations: Y.Map<Y.Map<unknown>>, annotation: Annotation, writer: Writer): boolean {
  let map = annotations.get(annotation.id);
  let changed = false;
  if (!(map instanceof Y.Map)) {
    map = new Y.Map<unknown>();
    map.set('id', annotation.id);
    map.set('created', annotation.created);
    map.set('author', annotation.author ? { name: annotation.author.name } : null);
    map.set('note', new Y.Text());
    annotations.set(annotation.id, map);
    changed = true;
  }
  const note = map.get('note');
  if (note instanceof Y.Text) {
    const splice = spliceBetween(note.toString(), annotation.note);
    if (splice) {
      if (splice.remove > 0) note.delete(splice.index, splice.remove);
      if (splice.insert) note.insert(splice.index, splice.insert);
      changed = true;
    }
  }
  for (const field of REGISTER_FIELDS) {
    const value = fieldValue(annotation, field);
    const entries = registerEntries(map, field);
    const current = resolveRegister(entries);
    if (current && sameValue(current.value, value)) continue;
    map.set(`f|${field}|${writer.device}`, nextEntry(entries, value, writer.name));
    changed = true;
  }
  // A change, or a later modification time alone (an edit that restored every value), is recorded.
  if (changed || annotation.modified > readModified(map)) {
    map.set(`m|${writer.device}`, annotation.modified);
    changed = true;
  }
  return changed;
}

/** The annotation held by one map of the document, or null when the map is not a whole annotation. */
export function readAnnotation(map: Y.Map<unknown>): DocAnnotation | null {
  const id = map.get('id');
  const created = map.get('created');
  const note = map.get('note');
  if (typeof id !== 'string' || typeof created !== 'string') return null;
  const lost: LostFieldChange[] = [];
  const values: Partial<Record<RegisterField, unknown>> = {};
  for (const field of REGISTER_FIELDS) {
    const resolved = resolveRegister(registerEntries(map, field));
    values[field] = resolved?.value ?? null;
    for (const change of resolved?.lost ?? []) lost.push({ field, ...change });
  }
  if (!values.target || typeof values.target !== 'object') return null;
  const author = map.get('author') as { name?: unknown } | null | undefined;
  const annotation: Annotation = {
    id,
    target: values.target as Annotation['target'],
    note: note instanceof Y.Text ? note.toString() : '',
    verdict: (values.verdict ?? null) as Annotation['verdict'],
    tags: Array.isArray(values.tags) ? (values.tags as string[]) : [],
    evidence: Array.isArray(values.evidence) ? (values.evidence as Annotation['evidence']) : [],
    created,
    modified: readModified(map) || created,
  };
  if (values.claim && typeof values.claim === 'object') annotation.claim = values.claim as NonNullable<Annotation['claim']>;
  if (author && typeof author.name === 'string') annotation.author = { name: author.name };
  return { annotation, lost };
}

/** Every whole annotation of the document. */
export function readAllAnnotations(doc: Y.Doc): DocAnnotation[] {
  const out: DocAnnotation[] = [];
  for (const map of annotationsMap(doc).values()) {
    const read = map instanceof Y.Map ? readAnnotation(map) : null;
    if (read) out.push(read);
  }
  return out;
}

function fieldValue(annotation: Annotation, field: RegisterField): unknown {
  const value = annotation[field];
  return value === undefined ? null : value;
}

function registerEntries(map: Y.Map<unknown>, field: RegisterField): Map<string, RegisterEntry> {
  const prefix = `f|${field}|`;
  const entries = new Map<string, RegisterEntry>();
  for (const [key, value] of map.entries()) if (key.startsWith(prefix) && isEntry(value)) entries.set(key.slice(prefix.length), value);
  return entries;
}

function readModified(map: Y.Map<unknown>): string {
  let latest = '';
  for (const [key, value] of map.entries()) if (key.startsWith('m|') && typeof value === 'string' && value > latest) latest = value;
  return latest;
}

function isEntry(value: unknown): value is RegisterEntry {
  return !!value && typeof value === 'object' && typeof (value as RegisterEntry).c === 'number' && typeof (value as RegisterEntry).seen === 'object';
}
