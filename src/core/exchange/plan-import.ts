import type { CodePointMap } from '../anchoring/code-points';
import { matchQuoteExact } from '../anchoring/match-quote';
import type { Annotation, TextPositionSelector, TextQuoteSelector } from '../model/annotation';
import type { ImportFormat, ParsedImport, SkipReason } from './import-types';

/** The article open in the reader, which an import is previewed against. */
export interface CurrentArticle {
  articleId: string;
  /** IRIs that name the open article: its `iri`, and the address it was published at when known. */
  iris: readonly string[];
  /** Finds a quote in the open article (for annotations that carry a quote but no position); null when absent. */
  locate?: (quote: TextQuoteSelector) => TextPositionSelector | null;
}

/** Annotations for another article: written, and shown when that article is opened. */
export interface OtherArticle {
  articleId: string;
  /** Its title when the file gives one, otherwise its IRI. */
  label: string;
  count: number;
}

export interface SkipCount {
  reason: SkipReason;
  /** Why, as the preview says it: “… skipped: <text>”. */
  text: string;
  count: number;
}

/** What an import will do, shown before anything is written; `toWrite` is what confirming writes. */
export interface ImportPlan {
  format: ImportFormat;
  toWrite: Annotation[];
  /** New annotations on the open article. */
  added: number;
  /** Annotations of the open article whose stored version is older and will be replaced. */
  updated: number;
  /** The rest of `toWrite`, by article. */
  otherArticles: OtherArticle[];
  skipped: SkipCount[];
  notices: string[];
}

/** The preview's words for each reason, in the order the preview lists them. */
export const SKIP_TEXT: Readonly<Record<SkipReason, string>> = {
  unchanged: 'already stored, unchanged',
  'stored-newer': 'the version stored here is newer',
  reply: 'replies to other annotations, with no passage of their own',
  'page-note': 'notes on a whole page, not on a passage',
  'no-quote': 'no quoted passage (no TextQuoteSelector)',
  'no-position': 'a quote without a position, not found in this article',
  'no-position-elsewhere': 'a quote without a position, on another article: open that article and import the file there',
};

/** True when date-time `a` is later than `b` (compared as instants, not as text). */
export function isLater(a: string, b: string): boolean {
  return Date.parse(a) > Date.parse(b);
}

/**
 * Decides what importing `parsed` does, given the `modified` time of every stored annotation
 * with the same id (`stored`), the article each belongs to (`owners`) and the open article. Same id: the later `modified` wins, so an
 * import never overwrites a newer edit; equal times are skipped as unchanged. Annotations of
 * other articles are kept and counted apart. Pure: nothing is read or written.
 */
export function planImport(parsed: ParsedImport, stored: ReadonlyMap<string, string>, current: CurrentArticle, owners?: StoredOwners): ImportPlan {
  const toWrite: Annotation[] = [];
  const skipped: SkipReason[] = [...parsed.skipped];
  const others = new Map<string, OtherArticle>();
  let added = 0;
  let updated = 0;
  let renamed = 0;
  for (const item of parsed.items) {
    let annotation = item.annotation;
    const { source } = annotation.target;
    if (!item.articleKnown && current.iris.includes(source)) annotation = { ...annotation, target: { ...annotation.target, articleId: current.articleId } };
    const here = annotation.target.articleId === current.articleId;
    if (!item.positionKnown) {
      const position = here && current.locate ? current.locate(annotation.target.quote) : null;
      if (!position) {
        skipped.push(here ? 'no-position' : 'no-position-elsewhere');
        continue;
      }
      annotation = { ...annotation, target: { ...annotation.target, position } };
    }
    // An id an annotation of another article has here: the file's is another annotation, added
    // under a new id; the stored one is neither moved nor overwritten.
    const owner = owners?.articleOf.get(annotation.id);
    if (owners && owner !== undefined && owner !== annotation.target.articleId) {
      annotation = { ...annotation, id: owners.newId() };
      renamed++;
    }
    const storedModified = owner === undefined || owner === annotation.target.articleId ? stored.get(annotation.id) : undefined;
    if (storedModified !== undefined && !isLater(annotation.modified, storedModified)) {
      skipped.push(isLater(storedModified, annotation.modified) ? 'stored-newer' : 'unchanged');
      continue;
    }
    toWrite.push(annotation);
    if (here) {
      if (storedModified === undefined) added++;
      else updated++;
    } else {
      const other = others.get(annotation.target.articleId) ?? { articleId: annotation.target.articleId, label: item.articleLabel, count: 0 };
      other.count++;
      others.set(other.articleId, other);
    }
  }
  const notices = renamed === 0 ? parsed.notices : [...parsed.notices, renamedNotice(renamed)];
  return { format: parsed.format, toWrite, added, updated, otherArticles: [...others.values()], skipped: countSkips(skipped), notices };
}

/** The article each stored annotation belongs to, by id, and how to make a new id. */
export interface StoredOwners {
  articleOf: ReadonlyMap<string, string>;
  newId: () => string;
}

function renamedNotice(count: number): string {
  return count === 1
    ? '1 annotation in the file has the id of an annotation of another article here: it is added under a new id, and that one is left as it is.'
    : `${count} annotations in the file have the ids of annotations of other articles here: they are added under new ids, and those are left as they are.`;
}

function countSkips(reasons: readonly SkipReason[]): SkipCount[] {
  return (Object.keys(SKIP_TEXT) as SkipReason[]).flatMap((reason) => {
    const count = reasons.filter((r) => r === reason).length;
    return count > 0 ? [{ reason, text: SKIP_TEXT[reason], count }] : [];
  });
}

/** A `locate` for CurrentArticle: finds a quote in `text` (by its context) and gives its position in code points. */
export function quoteLocator(text: string, map: CodePointMap): (quote: TextQuoteSelector) => TextPositionSelector | null {
  return (quote) => {
    const match = matchQuoteExact(text, quote);
    return match ? { type: 'TextPositionSelector', start: map.toCodePoint(match.start), end: map.toCodePoint(match.end) } : null;
  };
}
