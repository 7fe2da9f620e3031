/**
 * Anchoring figures: ours (anchorAll, and the worker that settles what it leaves pending) on the
 * unchanged and the edited article, and the peers on the same annotations in the same runs, each
 * run measuring ours and theirs back to back so that a busy moment slows both.
 */
import { createTextQuoteSelectorMatcher } from '@apache-annotator/dom';
import { toRange as quoteToRange } from 'dom-anchor-text-quote';
import { isPlaced, type Anchor } from '../../src/core/anchoring/anchor';
import { anchorAll } from '../../src/core/anchoring/anchor-all';
import type { Annotation } from '../../src/core/model/annotation';
import type { AnnotatableText } from '../../src/core/model/new-annotation';
import { settleInBackground } from '../../src/ui/reader/settle-in-background';
import { time, yieldTask } from './measure';
import type { Expectation } from './workload';

/** Annotations each peer anchors per run; its time per annotation is scaled to the whole set. */
export const PEER_SAMPLE = 40;

export interface Peer {
  name: string;
  /** Anchors one annotation in the rendered article; resolves once it has an answer. */
  anchor: (root: Element, annotation: Annotation) => unknown;
}

export const PEERS: Peer[] = [
  {
    name: 'dom-anchor-text-quote',
    // Hypothesis' former anchoring: diff-match-patch over root.textContent, with the stored position as hint.
    anchor: (root, a) => quoteToRange(root, a.target.quote, { hint: a.target.position.start }),
  },
  {
    name: '@apache-annotator/dom',
    anchor: async (root, a) => {
      for await (const match of createTextQuoteSelectorMatcher(a.target.quote)(root)) return match;
      return null;
    },
  },
];

export interface AnchoringRun {
  /** Our time for the whole set, ms. */
  ours: number;
  /** Each peer's time for the whole set, scaled from its sample, ms. */
  peers: Record<string, number>;
}

/** Runs ours on all of `annotations`, then each peer on an evenly spread sample, `runs` times. */
export async function compareAnchoring(on: AnnotatableText, root: Element, annotations: readonly Annotation[], runs: number): Promise<AnchoringRun[]> {
  const targets = annotations.map((a) => a.target);
  const step = Math.max(1, Math.floor(annotations.length / PEER_SAMPLE));
  const sample = annotations.filter((_, i) => i % step === 0).slice(0, PEER_SAMPLE);
  const out: AnchoringRun[] = [];
  for (let run = 0; run < runs; run++) {
    const ours = await time(() => anchorAll(on.text, on.map, targets, { textHash: on.textHash }));
    const peers: Record<string, number> = {};
    for (const peer of PEERS) {
      await yieldTask();
      const ms = await time(async () => {
        for (const a of sample) await peer.anchor(root, a);
      });
      peers[peer.name] = (ms / sample.length) * annotations.length;
    }
    out.push({ ours, peers });
    await yieldTask();
  }
  return out;
}

export interface EditedRun {
  /** The main-thread pass, ms. */
  main: number;
  /** From handing the pending ones to the worker to having its answers, ms. */
  settle: number;
  pending: number;
}

/** The edited article: anchorAll on the main thread, then the worker for what it left pending, `runs` times. */
export async function anchorEdited(on: AnnotatableText, annotations: readonly Annotation[], runs: number): Promise<{ runs: EditedRun[]; anchors: Anchor[] }> {
  const targets = annotations.map((a) => a.target);
  const out: EditedRun[] = [];
  let anchors: Anchor[] = [];
  for (let run = 0; run < runs; run++) {
    let result = anchorAll(on.text, on.map, [], { textHash: on.textHash });
    const main = await time(() => {
      result = anchorAll(on.text, on.map, targets, { textHash: on.textHash });
    });
    let settled: Anchor[] = [];
    const settle = await time(async () => {
      settled = await settleInBackground(on.text, on.textHash, result.pending.map(({ target, expected }) => ({ target, expected })));
    });
    anchors = [...result.anchors];
    result.pending.forEach((p, i) => (anchors[p.index] = settled[i] as Anchor));
    out.push({ main, settle, pending: result.pending.length });
    await yieldTask();
  }
  return { runs: out, anchors };
}

/** How the edited article's anchors compare with what the edits should have made of each annotation. */
export function outcome(on: AnnotatableText, anchors: readonly Anchor[], expected: readonly Expectation[]) {
  const counts = { anchored: 0, drifted: 0, orphaned: 0, changedFoundDrifted: 0, removedOrphaned: 0, unchangedAtTheirPlace: 0, unchangedElsewhere: 0, unchangedLost: 0 };
  anchors.forEach((anchor, i) => {
    counts[anchor.status]++;
    const want = expected[i] as Expectation;
    if (want.kind === 'changed' && anchor.status === 'drifted') counts.changedFoundDrifted++;
    if (want.kind === 'removed' && anchor.status === 'orphaned') counts.removedOrphaned++;
    if (want.kind === 'unchanged') {
      if (!isPlaced(anchor)) counts.unchangedLost++;
      else if (anchor.start === want.start && anchor.end === want.end) counts.unchangedAtTheirPlace++;
      else counts.unchangedElsewhere++;
    }
  });
  return { ...counts, expectedChanged: expected.filter((e) => e.kind === 'changed').length, expectedRemoved: expected.filter((e) => e.kind === 'removed').length, textLength: on.text.length };
}
