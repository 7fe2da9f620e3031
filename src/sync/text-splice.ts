/**
 * The smallest single splice that turns `before` into `after`: the common start and end are
 * kept, the middle replaced. The bridge applies it to a note's Y.Text, so that two devices
 * editing different parts of one note both keep their words (Yjs merges the splices).
 */
export interface Splice {
  index: number;
  remove: number;
  insert: string;
}

/** The splice from `before` to `after`, or null when they are equal. Indexes in UTF-16 units, as Y.Text counts. */
export function spliceBetween(before: string, after: string): Splice | null {
  if (before === after) return null;
  let start = 0;
  const shorter = Math.min(before.length, after.length);
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let end = 0;
  while (end < shorter - start && before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)) end++;
  // Never split a surrogate pair: a lone half would be a broken character on the other side.
  if (start > 0 && isHighSurrogate(before.charCodeAt(start - 1))) start--;
  if (end > 0 && isLowSurrogate(before.charCodeAt(before.length - end))) end--;
  return { index: start, remove: before.length - start - end, insert: after.slice(start, after.length - end) };
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
