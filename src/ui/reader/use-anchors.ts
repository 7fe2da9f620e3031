import { useEffect, useMemo, useRef, useState } from 'react';
import { anchorTarget, isPlaced, type Anchor } from '../../core/anchoring/anchor';
import type { anchorAll, AnchorAllResult } from '../../core/anchoring/anchor-all';
import type { Annotation, AnnotationTarget } from '../../core/model/annotation';
import { headlineOf, type Article } from '../../core/model/article';
import type { AnnotatableText } from '../../core/model/new-annotation';
import { changePaintSet, paintSet, type PaintItem, type PaintSet } from './highlight-painter';
import { listChanges, type ListChanges } from '../../core/model/list-changes';
import { insertSorted } from '../../core/model/insert-sorted';
import { DriftReview } from './LazyDriftReview';
import { paintStyleOf } from './paint-style';
import type { settleInBackground } from './settle-in-background';
import { annotatableText } from '../../core/model/annotatable-text';

/** The article's text prepared for anchoring: computed once per article. */
export function useAnnotatableText(article: Article | undefined): AnnotatableText | null {
  // Keyed on the text, not the article object: editing its details (title, source) makes a new
  // object with the same text, and must not re-anchor every annotation.
  const id = article?.id;
  const iri = article?.iri;
  const headline = article && headlineOf(article);
  const blocks = article?.blocks;
  return useMemo(() => {
    if (id === undefined || iri === undefined || headline === undefined || blocks === undefined) return null;
    return annotatableText({ id, iri, title: headline, blocks });
  }, [id, iri, headline, blocks]);
}

export interface Anchors {
  /** Where each annotation lies, by id (orphaned with `pending` while the background search runs). */
  anchors: ReadonlyMap<string, Anchor>;
  /** The passages found, in text order, with their paint style. */
  items: PaintItem[];
  /** The same, indexed for the painter and for clicks. */
  paint: PaintSet;
}

/**
 * Where each annotation lies in the text, and what to paint for the ones that were found. The
 * main-thread stages run at once (anchorAll); what they leave pending is settled by a worker, and
 * its answers are kept per text, so a later change to the annotations does not search again.
 */
export function useAnchors(on: AnnotatableText | null, annotations: readonly Annotation[]): Anchors {
  const [changedText, setChangedText] = useState(changedTextStages);
  const pass = useMemo(() => (on ? anchorWithCache(on, annotations, changedText) : null), [on, annotations, changedText]);
  // The changed-text search loads once an annotation made on another text is met (the pass
  // counts them as it goes: no second walk over every annotation).
  const needsChangedText = pass !== null && pass.otherText > 0;
  useEffect(() => {
    if (needsChangedText && !changedText) loadChangedTextStages().then(setChangedText, () => undefined);
  }, [needsChangedText, changedText]);
  const settled = useSettled(on, pass);
  // The result handed out last time. An anchor that has not changed is handed out again, the
  // same object, so that the panel's memoised cards (10,000 of them, maybe) skip re-rendering;
  // and when only a few annotations changed (a save, a delete, another tab's change), only they
  // are placed: the map, the list and the index are updated, not rebuilt.
  const previous = useRef<{ on: AnnotatableText | null; changedText: ChangedTextStages | null; settled: ReadonlyMap<string, Anchor>; annotations: readonly Annotation[]; result: Anchors } | null>(null);
  const result = useMemo((): Anchors => {
    if (!on || !pass) return { anchors: new Map(), items: [], paint: paintSet([]) };
    const before = previous.current;
    const anchorAt = (annotation: Annotation, i: number): Anchor => {
      let anchor = pass.anchors[i] as Anchor;
      if (anchor.status === 'orphaned' && anchor.pending) {
        const found = settled.get(settleKey(annotation.target));
        // `kept` follows the annotation as it is now, not as it was when the worker was asked.
        if (found) anchor = found.status === 'drifted' ? { ...found, kept: annotation.target.keptOnTextHash === on.textHash } : found;
      }
      const old = before?.result.anchors.get(annotation.id);
      return old && old !== anchor && sameAnchor(old, anchor) ? old : anchor;
    };
    const changes = before && before.on === on && before.changedText === changedText && before.settled === settled ? listChanges(before.annotations, annotations) : null;
    // Annotations made on another version of the text are placed together (each one's expected
    // place follows the one before): a change among them places them all again.
    const onThisText = (a: Annotation) => a.target.textHash === on.textHash;
    if (before && changes && changes.removed.every(onThisText) && changes.added.every(({ item }) => onThisText(item))) return changeAnchors(before.result, changes, anchorAt);
    const anchors = new Map<string, Anchor>();
    const items: PaintItem[] = [];
    annotations.forEach((annotation, i) => {
      const anchor = anchorAt(annotation, i);
      anchors.set(annotation.id, anchor);
      if (isPlaced(anchor)) items.push(paintItem(annotation, anchor));
    });
    items.sort(byPaintOrder);
    return { anchors, items, paint: paintSet(items) };
  }, [on, annotations, pass, settled, changedText]);
  useEffect(() => {
    previous.current = { on, changedText, settled, annotations, result };
  }, [on, changedText, settled, annotations, result]);
  return result;
}

function paintItem(annotation: Annotation, anchor: Anchor & { start: number; end: number }): PaintItem {
  return { id: annotation.id, start: anchor.start, end: anchor.end, style: paintStyleOf(annotation) };
}

/** The order of `items`: by start, the longer first. */
function byPaintOrder(a: PaintItem, b: PaintItem): number {
  return a.start - b.start || b.end - a.end;
}

/** The previous anchors with a few annotations taken out and put in (`anchorAt` places each one put in). */
function changeAnchors(before: Anchors, changes: ListChanges<Annotation>, anchorAt: (annotation: Annotation, index: number) => Anchor): Anchors {
  if (changes.removed.length === 0 && changes.added.length === 0) return before;
  const anchors = new Map(before.anchors);
  const removedItems: PaintItem[] = [];
  for (const annotation of changes.removed) {
    anchors.delete(annotation.id);
    const item = before.paint.byId.get(annotation.id);
    if (item) removedItems.push(item);
  }
  const addedItems: PaintItem[] = [];
  for (const { item: annotation, index } of changes.added) {
    const anchor = anchorAt(annotation, index);
    anchors.set(annotation.id, anchor);
    if (isPlaced(anchor)) addedItems.push(paintItem(annotation, anchor));
  }
  const gone = new Set(removedItems);
  const items = gone.size === 0 ? before.items.slice() : before.items.filter((item) => !gone.has(item));
  for (const item of addedItems) insertSorted(items, item, byPaintOrder);
  return { anchors, items, paint: changePaintSet(before.paint, addedItems, removedItems) };
}

/** Anchors of targets made on the very text shown, by text and target: each is found on its own, so it never changes. */
const unchangedTextAnchors = new WeakMap<AnnotatableText, WeakMap<AnnotationTarget, Anchor>>();

/** The search for targets made on another version of the text: its stages, and the worker's. */
interface ChangedTextStages {
  anchorAll: typeof anchorAll;
  settleInBackground: typeof settleInBackground;
}

let changedTextStages: ChangedTextStages | null = null;
let loadingChangedTextStages: Promise<ChangedTextStages> | null = null;

/**
 * Loads the search for annotations made on another version of the text (exact and fuzzy
 * searches, the trigram index, the background worker), and the card's review of a drifted one,
 * so that a card says Drifted only with the comparison beside it. Most articles never change
 * under their annotations, and their readers never download any of it.
 */
function loadChangedTextStages(): Promise<ChangedTextStages> {
  loadingChangedTextStages ??= Promise.all([import('../../core/anchoring/anchor-all'), import('./settle-in-background'), DriftReview.preload()]).then(
    ([all, settle]) => (changedTextStages = { anchorAll: all.anchorAll, settleInBackground: settle.settleInBackground }),
    (error: unknown) => {
      // Tried again the next time the annotations change; until then those annotations say Searching….
      loadingChangedTextStages = null;
      throw error;
    },
  );
  return loadingChangedTextStages;
}

/** anchorAll's answer, and how many of the annotations were made on another version of the text. */
type CachedPass = AnchorAllResult & { otherText: number };

const SEARCHING: Anchor = { status: 'orphaned', pending: true };

/**
 * anchorAll, except that a target made on this text and anchored before (the same object: the
 * cache keeps unchanged annotations' objects) is not verified again. After one save among 10,000,
 * only the new annotation is anchored. A target made on this text is verified where it was
 * stored (anchorTarget); targets made on other versions of the text go through anchorAll
 * together, since each one's expected place follows the one before, and are `Searching…` while
 * that search is loading.
 */
function anchorWithCache(on: AnnotatableText, annotations: readonly Annotation[], changed: ChangedTextStages | null): CachedPass {
  let known = unchangedTextAnchors.get(on);
  if (!known) unchangedTextAnchors.set(on, (known = new WeakMap()));
  const anchors = new Array<Anchor>(annotations.length);
  const otherText: number[] = [];
  annotations.forEach((annotation, i) => {
    const { target } = annotation;
    if (target.textHash !== on.textHash) {
      otherText.push(i);
      return;
    }
    let anchor = known.get(target);
    if (!anchor) known.set(target, (anchor = anchorTarget(on.text, on.map, target)));
    anchors[i] = anchor;
  });
  if (!changed) {
    for (const i of otherText) anchors[i] = SEARCHING;
    return { anchors, pending: [], otherText: otherText.length };
  }
  const fresh = changed.anchorAll(
    on.text,
    on.map,
    otherText.map((i) => (annotations[i] as Annotation).target),
    { textHash: on.textHash },
  );
  otherText.forEach((i, k) => (anchors[i] = fresh.anchors[k] as Anchor));
  return { anchors, pending: fresh.pending.map((p) => ({ ...p, index: otherText[p.index] as number })), otherText: otherText.length };
}

/** True when two anchors say the same thing (every field equal). */
function sameAnchor(a: Anchor, b: Anchor): boolean {
  const keys = Object.keys(a) as (keyof Anchor)[];
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}

const NO_ANSWERS: ReadonlyMap<string, Anchor> = new Map();

/** What identifies a pending target's search: its text version, position and quote. */
function settleKey(target: AnnotationTarget): string {
  const { textHash: hash, position, quote } = target;
  return [hash, position.start, position.end, quote.prefix, quote.exact, quote.suffix].join('\u0000');
}

/**
 * The background search's answers for this text, by settleKey; a new map (a new render) each
 * time answers arrive. Each pending target is asked about once per text.
 */
function useSettled(on: AnnotatableText | null, pass: AnchorAllResult | null): ReadonlyMap<string, Anchor> {
  const cache = useRef<{ textHash: string; answers: Map<string, Anchor>; asked: Set<string> }>({ textHash: '', answers: new Map(), asked: new Set() });
  const [answers, setAnswers] = useState<{ textHash: string; answers: ReadonlyMap<string, Anchor> }>({ textHash: '', answers: new Map() });
  useEffect(() => {
    if (!on || !pass) return;
    if (cache.current.textHash !== on.textHash) cache.current = { textHash: on.textHash, answers: new Map(), asked: new Set() };
    const current = cache.current;
    const ask = pass.pending.map((p) => ({ ...p, key: settleKey(p.target) })).filter((p) => !current.asked.has(p.key));
    if (ask.length === 0) return;
    for (const p of ask) current.asked.add(p.key);
    // Loaded already: there is something pending only once the changed-text search has run.
    void loadChangedTextStages()
      .then(({ settleInBackground }) =>
        settleInBackground(
          on.text,
          on.textHash,
          ask.map(({ target, expected }) => ({ target, expected })),
        ),
      )
      .then((anchors) => {
        // Answers for a text no longer on screen are dropped.
        if (cache.current !== current) return;
        ask.forEach((p, i) => current.answers.set(p.key, anchors[i] as Anchor));
        setAnswers({ textHash: current.textHash, answers: new Map(current.answers) });
      });
  }, [on, pass]);
  return on && answers.textHash === on.textHash ? answers.answers : NO_ANSWERS;
}
