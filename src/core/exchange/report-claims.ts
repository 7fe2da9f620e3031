import type { Annotation } from '../model/annotation';
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

/**
 * Every annotation with a verdict, in document order (ties broken by id), numbered from 1. The
 * HTML report gives each section the same fragment as its ClaimReview, so `…#claim-3` lands on it.
 */
export function numberedClaims(annotations: readonly Annotation[]): NumberedClaim[] {
  return annotations
    .filter((a) => a.verdict !== null)
    .sort(exportOrder)
    .map((annotation, i) => ({ annotation, number: i + 1, fragment: claimFragment(i + 1) }));
}
