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
