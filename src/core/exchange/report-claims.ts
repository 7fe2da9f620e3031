import type { Annotation } from '../model/annotation';
import { ratesClaim, verdictById } from '../model/fact-check';
import { exportOrder } from './w3c';

/** A fact-check as the reports number it: its place among the article's verdicts, in document order. */
export interface NumberedClaim {
  annotation: Annotation;
  /** 1 for the first verdict in the article, 2 for the next, … */
  number: number;
  /** The id of its section in the HTML report and the fragment of its ClaimReview `url`: `claim-3`. */
  fragment: string;
}

/** The fragment of claim `n` in the published report. */
export function claimFragment(n: number): string {
  return `claim-${n}`;
}

/** True when the annotation rates a claim (Accurate to Unverified): Opinion and Loaded language judge wording, not claims. */
export function isRatedClaim(annotation: Pick<Annotation, 'verdict'>): boolean {
  const verdict = annotation.verdict ? verdictById(annotation.verdict) : undefined;
  return verdict !== undefined && ratesClaim(verdict);
}

/**
 * Every annotation that rates a claim (isRatedClaim), in document order (ties broken by id),
 * numbered from 1. The HTML report gives each section the same fragment as its ClaimReview, so
 * `…#claim-3` lands on it; Opinion and Loaded language are not claims and take no number.
 */
export function numberedClaims(annotations: readonly Annotation[]): NumberedClaim[] {
  return annotations
    .filter(isRatedClaim)
    .sort(exportOrder)
    .map((annotation, i) => ({ annotation, number: i + 1, fragment: claimFragment(i + 1) }));
}
