import type { Annotation } from './annotation';
import { ratesClaim, VERDICTS, type Verdict } from './fact-check';

/** Where an annotation lies in the article text now (any consistent unit), or null when it was not found. */
export type SpanOf = (annotation: Annotation) => { start: number; end: number } | null;

export interface VerdictCount {
  verdict: Verdict;
  count: number;
}

export interface Scorecard {
  /** One entry per verdict that rates a claim (Accurate to Unverified), in vocabulary order, zeros included. */
  counts: VerdictCount[];
  /** Opinion and Loaded language: passages judged, but not claims; zeros included. */
  notClaims: VerdictCount[];
  /** Annotations whose verdict rates a claim: the "claims checked". */
  claims: number;
  /** Annotations with any verdict, Opinion and Loaded language included. */
  factChecks: number;
  /** Characters of the article inside at least one fact-check (overlaps counted once). */
  checkedLength: number;
  textLength: number;
  /** checkedLength / textLength, 0 for an empty text. */
  checkedFraction: number;
  /** The fact-checks rated Unverified, in document order: the work still to do. */
  unverified: Annotation[];
}

/**
 * The article's scorecard: claims per verdict (Opinion and Loaded language counted apart, as
 * they are not claims), how much of the text the fact-checks cover (the
 * union of their spans, so overlapping checks are not counted twice; fact-checks no longer
 * found in the text add nothing), and the claims still Unverified.
 */
export function articleScorecard(annotations: readonly Annotation[], textLength: number, spanOf: SpanOf): Scorecard {
  const spans: Array<{ start: number; end: number }> = [];
  const unverified: Array<{ annotation: Annotation; at: number }> = [];
  let factChecks = 0;
  for (const annotation of annotations) {
    if (!annotation.verdict) continue;
    factChecks++;
    const span = spanOf(annotation);
    if (span) spans.push(span);
    if (annotation.verdict === 'unverified') unverified.push({ annotation, at: span?.start ?? annotation.target.position.start });
  }
  const checkedLength = unionLength(spans, textLength);
  const all = countVerdicts(annotations);
  const counts = all.filter((c) => ratesClaim(c.verdict));
  return {
    counts,
    notClaims: all.filter((c) => !ratesClaim(c.verdict)),
    claims: counts.reduce((sum, c) => sum + c.count, 0),
    factChecks,
    checkedLength,
    textLength,
    checkedFraction: textLength > 0 ? checkedLength / textLength : 0,
    unverified: unverified.sort((a, b) => a.at - b.at).map((u) => u.annotation),
  };
}

/** How many annotations carry each verdict: every verdict of the vocabulary, in its order, zeros included. */
export function countVerdicts(annotations: readonly Annotation[]): VerdictCount[] {
  const tally = new Map<string, number>();
  for (const a of annotations) if (a.verdict) tally.set(a.verdict, (tally.get(a.verdict) ?? 0) + 1);
  return VERDICTS.map((verdict) => ({ verdict, count: tally.get(verdict.id) ?? 0 }));
}

/** Total length covered by `spans`, each clipped to [0, limit]; overlaps count once. */
export function unionLength(spans: ReadonlyArray<{ start: number; end: number }>, limit: number): number {
  const clipped = spans
    .map((s) => ({ start: Math.max(0, s.start), end: Math.min(limit, s.end) }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start);
  let total = 0;
  let reach = -Infinity;
  for (const s of clipped) {
    if (s.end <= reach) continue;
    total += s.end - Math.max(s.start, reach);
    reach = s.end;
  }
  return total;
}
