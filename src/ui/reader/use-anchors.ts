import { useEffect, useMemo, useRef, useState } from 'react';
import { isPlaced, type Anchor } from '../../core/anchoring/anchor';
import { anchorAll, type AnchorAllResult } from '../../core/anchoring/anchor-all';
import { CodePointMap } from '../../core/anchoring/code-points';
import type { Annotation, AnnotationTarget } from '../../core/model/annotation';
import { articleText, type Article } from '../../core/model/article';
import type { AnnotatableText } from '../../core/model/new-annotation';
import { textHash } from '../../core/model/text-hash';
import { paintSet, type PaintItem, type PaintSet } from './highlight-painter';
import { paintStyleOf } from './paint-style';
import { settleInBackground } from './settle-in-background';

/** The article's text prepared for anchoring: computed once per article. */
export function useAnnotatableText(article: Article | undefined): AnnotatableText | null {
  return useMemo(() => {
    if (!article) return null;
    const text = articleText(article);
    return { articleId: article.id, source: article.iri, text, textHash: textHash(text), map: new CodePointMap(text) };
  }, [article]);
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
  const pass = useMemo(() => (on ? anchorWithCache(on, annotations) : null), [on, annotations]);
  const settled = useSettled(on, pass);
  // The anchors handed out last time: one that has not changed is handed out again, the same
  // object, so that the panel's memoised cards (10,000 of them, maybe) skip re-rendering.
  const previous = useRef<ReadonlyMap<string, Anchor>>(new Map());
  const result = useMemo(() => {
    const anchors = new Map<string, Anchor>();
    const items: PaintItem[] = [];
    if (!on || !pass) return { anchors, items, paint: paintSet(items) };
    annotations.forEach((annotation, i) => {
      let anchor = pass.anchors[i] as Anchor;
      if (anchor.status === 'orphaned' && anchor.pending) {
        const found = settled.get(settleKey(annotation.target));
        // `kept` follows the annotation as it is now, not as it was when the worker was asked.
        if (found) anchor = found.status === 'drifted' ? { ...found, kept: annotation.target.keptOnTextHash === on.textHash } : found;
      }
      const before = previous.current.get(annotation.id);
      if (before && before !== anchor && sameAnchor(before, anchor)) anchor = before;
      anchors.set(annotation.id, anchor);
      if (isPlaced(anchor)) items.push({ id: annotation.id, start: anchor.start, end: anchor.end, style: paintStyleOf(annotation) });
    });
    items.sort((a, b) => a.start - b.start || b.end - a.end);
    return { anchors, items, paint: paintSet(items) };
  }, [on, annotations, pass, settled]);
  useEffect(() => {
    previous.current = result.anchors;
  }, [result]);
  return result;
}

/** Anchors of targets made on the very text shown, by text and target: each is found on its own, so it never changes. */
const unchangedTextAnchors = new WeakMap<AnnotatableText, WeakMap<AnnotationTarget, Anchor>>();

/**
 * anchorAll, except that a target made on this text and anchored before (the same object: the
 * cache keeps unchanged annotations' objects) is not verified again. After one save among 10,000,
 * only the new annotation is anchored. Targets made on other versions of the text always go
 * through anchorAll together, since each one's expected place follows the one before.
 */
function anchorWithCache(on: AnnotatableText, annotations: readonly Annotation[]): AnchorAllResult {
  let known = unchangedTextAnchors.get(on);
  if (!known) unchangedTextAnchors.set(on, (known = new WeakMap()));
  const anchors = new Array<Anchor>(annotations.length);
  const rest: number[] = [];
  annotations.forEach((annotation, i) => {
    const cached = annotation.target.textHash === on.textHash ? known.get(annotation.target) : undefined;
    if (cached) anchors[i] = cached;
    else rest.push(i);
  });
  const targets = rest.map((i) => (annotations[i] as Annotation).target);
  const fresh = anchorAll(on.text, on.map, targets, { textHash: on.textHash });
  rest.forEach((i, k) => {
    const anchor = fresh.anchors[k] as Anchor;
    anchors[i] = anchor;
    const target = targets[k] as AnnotationTarget;
    if (target.textHash === on.textHash) known.set(target, anchor);
  });
  return { anchors, pending: fresh.pending.map((p) => ({ ...p, index: rest[p.index] as number })) };
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
    const ask = pass.pending.filter((p) => !current.asked.has(settleKey(p.target)));
    if (ask.length === 0) return;
    for (const p of ask) current.asked.add(settleKey(p.target));
    void settleInBackground(
      on.text,
      on.textHash,
      ask.map(({ target, expected }) => ({ target, expected })),
    ).then((anchors) => {
      // Answers for a text no longer on screen are dropped.
      if (cache.current !== current) return;
      ask.forEach((p, i) => current.answers.set(settleKey(p.target), anchors[i] as Anchor));
      setAnswers({ textHash: current.textHash, answers: new Map(current.answers) });
    });
  }, [on, pass]);
  return on && answers.textHash === on.textHash ? answers.answers : NO_ANSWERS;
}
