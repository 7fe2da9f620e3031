import type { Annotation } from '../model/annotation';
import type { PublisherProfile } from '../model/publisher';
import { isRatedClaim } from './report-claims';

/** What the reader must give before ClaimReview can be published, in words the Export menu shows. */
export const GAP_TEXT = {
  claim: 'a claim rated Accurate to False, or Unverified (fact-check a claim first)',
  publisher: 'the publisher’s name (Publishing details)',
  reportUrl: 'the address where the report will be published (Publishing details)',
} as const;

/**
 * What stops ClaimReview from being published, cheaply (no review is built, so the Export menu
 * can say it with the page): no rated claim, no publisher name, no report address. Empty when
 * nothing does.
 */
export function publishingGaps(annotations: readonly Pick<Annotation, 'verdict'>[], publisher: PublisherProfile | null, reportUrl: string | null): string[] {
  const gaps: string[] = [];
  if (!annotations.some(isRatedClaim)) gaps.push(GAP_TEXT.claim);
  if (!publisher || publisher.name.trim() === '') gaps.push(GAP_TEXT.publisher);
  if (!reportUrl) gaps.push(GAP_TEXT.reportUrl);
  return gaps;
}

const IN_PUBLISHING = ' (Publishing details)';

/**
 * The gaps as one phrase for a sentence: what is set in Publishing details is said to be there
 * once (“the publisher’s name and the address … (both in Publishing details)”), not after each.
 */
export function joinGaps(gaps: readonly string[]): string {
  const there = gaps.filter((g) => g.endsWith(IN_PUBLISHING)).map((g) => g.slice(0, -IN_PUBLISHING.length));
  const parts = gaps.filter((g) => !g.endsWith(IN_PUBLISHING));
  if (there.length > 0) parts.push(`${there.join(' and ')} (${there.length > 1 ? 'both ' : ''}in Publishing details)`);
  return parts.join('; ');
}
