import type { Annotation, ClaimantType, ClaimDetails, ClaimScope } from './annotation';

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
  if (claimant && (details.claimantType === 'Person' || details.claimantType === 'Organization')) out.claimantType = details.claimantType;
  if (details.scope === 'attribution' || details.scope === 'substance') out.scope = details.scope;
  return Object.keys(out).length > 0 ? out : undefined;
}

/** The claim as a one-line headline: its summary, else the quoted passage cut to CLAIM_SUMMARY_MAX. */
export function claimHeadline(annotation: Pick<Annotation, 'claim' | 'target'>): string {
  const summary = annotation.claim?.summary?.trim();
  return summary ? shortenText(summary, CLAIM_SUMMARY_MAX) : shortenText(annotation.target.quote.exact, CLAIM_SUMMARY_MAX);
}

/** Words that mark a name as an organisation's: outlets, agencies, ministries, groups. */
const ORGANIZATION_WORDS =
  /\b(?:TV|News|Press|Times|Post|Guardian|Herald|Tribune|Journal|Gazette|Radio|Agency|Observatory|Ministry|Department|Office|Government|Council|Committee|Commission|Parliament|Congress|Senate|Army|Forces|Command|Police|Party|Front|Group|Organi[sz]ation|Association|Foundation|Institute|Centre|Center|University|Company|Corporation|Inc|Ltd|LLC|Network|Coalition|Union|Alliance|Bank|Fund|Authority|Service|Embassy|Reuters|BBC|CNN|AFP|AP|UN|NATO|EU|WHO)\b/i;

/**
 * The kind of claimant a name most likely is, as the editor's default before the reader chooses:
 * an organisation when it is the article's own source or republisher, or when its words say so
 * (`Press TV`, `Syrian Observatory for Human Rights`, `The Guardian`); a person otherwise.
 */
export function guessClaimantType(name: string, source?: { name?: string; republishedBy?: string }): ClaimantType {
  const text = name.replace(/\s+/g, ' ').trim();
  if (text === '') return 'Person';
  const same = (other?: string) => other !== undefined && other.trim().toLowerCase() === text.toLowerCase();
  if (same(source?.name) || same(source?.republishedBy)) return 'Organization';
  if (ORGANIZATION_WORDS.test(text) || /^the\s/i.test(text) || /^[A-Z]{2,6}$/.test(text)) return 'Organization';
  return 'Person';
}
