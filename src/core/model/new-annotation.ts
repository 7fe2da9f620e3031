import { describeSpan, type TextSpan } from '../anchoring/describe';
import type { CodePointMap } from '../anchoring/code-points';
import type { Annotation, ClaimDetails, EvidenceSource } from './annotation';
import type { VerdictId } from './fact-check';

/** The article text an annotation is made on, prepared once per text. */
export interface AnnotatableText {
  articleId: string;
  source: string;
  text: string;
  textHash: string;
  map: CodePointMap;
}

export interface AnnotationContent {
  note: string;
  verdict: VerdictId | null;
  tags: string[];
  evidence: EvidenceSource[];
  claim?: ClaimDetails;
}

export const EMPTY_CONTENT: AnnotationContent = { note: '', verdict: null, tags: [], evidence: [] };

/**
 * A new annotation on `span` of the text, with the given content, id and time, and its author
 * when the reader gave a name. Returns null when the span is empty or outside the text.
 */
export function newAnnotation(
  on: AnnotatableText,
  span: TextSpan,
  content: AnnotationContent,
  id: string,
  now: Date,
  authorName: string | null = null,
): Annotation | null {
  const selectors = describeSpan(on.text, span, on.map);
  if (!selectors) return null;
  const time = now.toISOString();
  const annotation: Annotation = {
    id,
    target: { articleId: on.articleId, source: on.source, textHash: on.textHash, ...selectors },
    note: content.note,
    verdict: content.verdict,
    tags: [...content.tags],
    evidence: content.evidence.map((e) => ({ ...e })),
    created: time,
    modified: time,
  };
  if (content.claim) annotation.claim = { ...content.claim };
  const name = authorName?.trim();
  if (name) annotation.author = { name };
  return annotation;
}

/** The annotation with new content and a new modified time; target, id and created stay. */
export function withContent(annotation: Annotation, content: AnnotationContent, now: Date): Annotation {
  const updated: Annotation = {
    ...annotation,
    note: content.note,
    verdict: content.verdict,
    tags: [...content.tags],
    evidence: content.evidence.map((e) => ({ ...e })),
    modified: now.toISOString(),
  };
  if (content.claim) updated.claim = { ...content.claim };
  else delete updated.claim;
  return updated;
}
