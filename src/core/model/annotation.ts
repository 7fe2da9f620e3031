import type { VerdictId } from './fact-check';

/** W3C TextQuoteSelector: the quoted text with a little context on each side. */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

/** W3C TextPositionSelector; offsets count Unicode code points from the start of the article text. */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

/** Where an annotation sits: which article, on which version of its text, and how to find it again. */
export interface AnnotationTarget {
  articleId: string;
  /** IRI of the article, used as the W3C target `source`. */
  source: string;
  /** Hash of the article text the annotation was made on; a different hash means the text changed. */
  textHash: string;
  quote: TextQuoteSelector;
  position: TextPositionSelector;
  /**
   * Hash of a changed text on which the reader chose `Keep as it was` for this drifted target: it
   * is not asked again on that text. Local to this app (not part of the W3C export).
   */
  keptOnTextHash?: string;
}

export type EvidenceStance = 'supports' | 'refutes' | 'context';

/** One evidence link of a fact-check. Only http(s) URLs are ever stored. */
export interface EvidenceSource {
  url: string;
  title?: string;
  stance?: EvidenceStance;
}

/** Whether a verdict judges that the claim was made (attribution) or whether it is true (substance). */
export type ClaimScope = 'attribution' | 'substance';

/** Details of the claim a fact-check judges. */
export interface ClaimDetails {
  /** 75 characters at most (ClaimReview's claimReviewed). */
  summary?: string;
  claimant?: string;
  /** Whether the claimant is a person or an organisation (ClaimReview's claim author type); kept only with a claimant. */
  claimantType?: ClaimantType;
  scope?: ClaimScope;
}

/** What kind of claimant made the claim: schema.org's Person or Organization. */
export type ClaimantType = 'Person' | 'Organization';

/** The person who made an annotation, as the W3C `creator` (a foaf:Person with a name). */
export interface AnnotationAuthor {
  name: string;
}

/** The stored annotation: plain JSON, no DOM objects. Dates are ISO 8601 UTC strings. */
export interface Annotation {
  id: string;
  target: AnnotationTarget;
  /** The reader's note, Markdown. Empty for a plain highlight. */
  note: string;
  verdict: VerdictId | null;
  tags: string[];
  evidence: EvidenceSource[];
  claim?: ClaimDetails;
  /**
   * Who made it (`Your name` when sync is on), exported as the W3C `creator`. Absent for
   * annotations made before names existed and for readers who never gave one.
   */
  author?: AnnotationAuthor;
  created: string;
  modified: string;
}

export type Motivation = 'highlighting' | 'commenting' | 'assessing';

/** The W3C motivation an annotation carries: a verdict makes it a fact-check, a note a comment. */
export function motivationOf(annotation: Pick<Annotation, 'verdict' | 'note'>): Motivation {
  if (annotation.verdict) return 'assessing';
  if (annotation.note.trim() !== '') return 'commenting';
  return 'highlighting';
}

/** Orders annotations as they appear in the article: by start, then longer first. */
export function compareByPosition(a: Annotation, b: Annotation): number {
  return (
    a.target.position.start - b.target.position.start ||
    b.target.position.end - a.target.position.end ||
    a.created.localeCompare(b.created)
  );
}
