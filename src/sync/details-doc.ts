import type * as Y from 'yjs';
import { readArticleDetails, type ArticleDetails } from '../core/model/article-details';
import { articleMap } from './article-doc';
import { nextEntry, resolveRegister, sameValue, type LostChange, type RegisterEntry } from './registers';
import type { Writer } from './annotation-doc';

/**
 * An article's corrected details (title, source, address, date) in its document: a register
 * (registers.ts) in the article's map, one `d|<device>` entry per device, so every device
 * converges on the same details and a concurrent correction that lost stays known. A value of
 * null is a reset to the article's own details.
 */
const PREFIX = 'd|';

/** The details every device agrees on (null: the article's own), or undefined when nobody ever set them. */
export interface DocDetails {
  details: ArticleDetails | null;
  lost: LostChange[];
  /** What this device last put in, or undefined when it never did. */
  own: ArticleDetails | null | undefined;
}

export function readDetails(doc: Y.Doc, device: string): DocDetails | undefined {
  const entries = detailsEntries(doc);
  const resolved = resolveRegister(entries);
  if (!resolved) return undefined;
  const own = entries.get(device);
  return { details: readArticleDetails(resolved.value), lost: resolved.lost, own: own ? readArticleDetails(own.v) : undefined };
}

/** Sets the article's details (null: back to its own) unless the document already says so; false when it did. Call inside a transaction. */
export function writeDetails(doc: Y.Doc, details: ArticleDetails | null, writer: Writer): boolean {
  const entries = detailsEntries(doc);
  const current = resolveRegister(entries);
  if (current ? sameValue(readArticleDetails(current.value), details) : details === null) return false;
  articleMap(doc).set(`${PREFIX}${writer.device}`, nextEntry(entries, details, writer.name));
  return true;
}

/**
 * What this device should do when its stored details and the document's meet: nothing, store
 * the document's, or put its own in. The stored ones win only when they changed since this
 * device last put its own in (a correction made while apart); otherwise the document's change
 * came from elsewhere, and is stored.
 */
export function settleDetails(stored: ArticleDetails | null, inDoc: DocDetails | undefined): 'same' | 'store' | 'send' {
  if (!inDoc) return stored === null ? 'same' : 'send';
  if (sameValue(stored, inDoc.details)) return 'same';
  const untouchedHere = inDoc.own === undefined ? stored === null : sameValue(inDoc.own, stored);
  return untouchedHere ? 'store' : 'send';
}

function detailsEntries(doc: Y.Doc): Map<string, RegisterEntry> {
  const entries = new Map<string, RegisterEntry>();
  for (const [key, value] of articleMap(doc).entries()) {
    if (key.startsWith(PREFIX) && value && typeof value === 'object' && typeof (value as RegisterEntry).c === 'number') entries.set(key.slice(PREFIX.length), value as RegisterEntry);
  }
  return entries;
}
