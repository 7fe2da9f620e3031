import { readPublisher, type PublisherProfile } from '../core/model/publisher';
import type { MarginaliaDb } from './db';

const PUBLISHER_KEY = 'publisher';
const reportUrlKey = (articleId: string) => `report-url:${articleId}`;

/** The publisher profile, or null before the reader has set one. */
export async function getPublisher(db: MarginaliaDb): Promise<PublisherProfile | null> {
  const record = await db.settings.get(PUBLISHER_KEY);
  return record ? readPublisher(record.value) : null;
}

/** Stores the publisher profile (already checked with checkPublisher). */
export async function putPublisher(db: MarginaliaDb, profile: PublisherProfile): Promise<void> {
  await db.settings.put({ key: PUBLISHER_KEY, value: profile });
}

/** The address an article's report will be published at, or null when not set. */
export async function getReportUrl(db: MarginaliaDb, articleId: string): Promise<string | null> {
  const record = await db.settings.get(reportUrlKey(articleId));
  return typeof record?.value === 'string' ? record.value : null;
}

/** Stores (or, with null, forgets) the address of an article's report, already checked with checkReportUrl. */
export async function putReportUrl(db: MarginaliaDb, articleId: string, url: string | null): Promise<void> {
  if (url === null) await db.settings.delete(reportUrlKey(articleId));
  else await db.settings.put({ key: reportUrlKey(articleId), value: url });
}
