import { createHash, timingSafeEqual } from 'node:crypto';
import type { TeamKey } from './config';

/** What a key presented on connection allows. */
export type KeyCheck = { ok: true; readOnly: boolean } | { ok: false; reason: string };

/** The reasons the app shows after `Refused: `. */
export const REFUSED_NO_KEY = 'no team key was given';
export const REFUSED_WRONG_KEY = 'wrong team key';

/**
 * Checks a presented key against the team's keys. Comparison runs in constant time on digests,
 * so neither the key's length nor its first differing character shows in the timing.
 */
export function checkKey(keys: readonly TeamKey[], presented: string | null | undefined): KeyCheck {
  if (!presented) return { ok: false, reason: REFUSED_NO_KEY };
  const given = digest(presented);
  let match: TeamKey | null = null;
  for (const key of keys) if (timingSafeEqual(digest(key.key), given) && !match) match = key;
  return match ? { ok: true, readOnly: match.readOnly } : { ok: false, reason: REFUSED_WRONG_KEY };
}

function digest(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}
