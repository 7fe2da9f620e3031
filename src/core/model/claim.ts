import type { Annotation, ClaimDetails, ClaimScope } from './annotation';

/** Longest claim summary, in characters (code points): ClaimReview's `claimReviewed` is read as a headline. */
export const CLAIM_SUMMARY_MAX = 75;

/** The scopes a verdict can judge, in the order the editor offers them. */
export const CLAIM_SCOPES: ReadonlyArray<{ id: ClaimScope; label: string; hint: string }> = [
  { id: 'substance', label: 'Substance', hint: 'whether what is claimed is true' },
  { id: 'attribution', label: 'Attribution', hint: 'whether the claimant really said it' },
];

/** Length of `text` in characters as a reader counts them (code points, so an emoji is one). */
export function characterCount(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/** `text` cut to at most `max` characters (code points), never splitting a surrogate pair. */
export function cutToCharacters(text: string, max: number): string {
  if (text.length <= max) return text;
  return Array.from(text).slice(0, max).join('');
}

/**
 * `text` on one line, cut to at most `max` characters with an ellipsis, at a word boundary
 * when one is near the end so that no word is left half-written.
 */
export function shortenText(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (characterCount(flat) <= max) return flat;
  const room = cutToCharacters(flat, max - 1);
  const space = room.lastIndexOf(' ');
  const cut = space >= room.length * 0.6 ? room.slice(0, space) : room;
  return `${cut.replace(/[\s,;:.–—-]+$/u, '')}…`;
}

/**
 * Claim details trimmed and length-checked, or undefined when nothing is left (so an empty
 * claim is not stored). A summary over CLAIM_SUMMARY_MAX is cut, never refused.
 */
export function cleanClaim(details: ClaimDetails | undefined): ClaimDetails | undefined {
  if (!details) return undefined;
  const out: ClaimDetails = {};
  const summary = cutToCharacters(details.summary?.replace(/\s+/g, ' ').trim() ?? '', CLAIM_SUMMARY_MAX).trim();
  const claimant = details.claimant?.replace(/\s+/g, ' ').trim() ?? '';
  if (summary) out.summary = summary;
  if (claimant) out.claimant = claimant;
  if (details.scope === 'attribution' || details.scope === 'substance') out.scope = details.scope;
  return Object.keys(out).length > 0 ? out : undefined;
}

/** The claim as a one-line headline: its summary, else the quoted passage cut to CLAIM_SUMMARY_MAX. */
export function claimHeadline(annotation: Pick<Annotation, 'claim' | 'target'>): string {
  const summary = annotation.claim?.summary?.trim();
  return summary ? shortenText(summary, CLAIM_SUMMARY_MAX) : shortenText(annotation.target.quote.exact, CLAIM_SUMMARY_MAX);
}
