/** "1 annotation", "3 annotations"; numbers grouped for the reader's locale. */
export function plural(count: number, noun: string, nounPlural = `${noun}s`): string {
  return `${count.toLocaleString()} ${count === 1 ? noun : nounPlural}`;
}

/** A file size as people read it: "820 bytes", "34 KB", "1.2 MB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return plural(bytes, 'byte');
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024).toLocaleString()} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

const DATE = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' });

/** A stored ISO date as a short date in the reader's locale; the text as given when it is not a date. */
export function formatDate(iso: string): string {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? iso : DATE.format(time);
}

/** Always British English, so the build's HTML and the browser write a publication date the same way (hydration compares them). */
const PUBLISHED = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** A publication date as the reading view shows it ("27 May 2016"); the text as given when it is not a date. */
export function formatPublished(published: string): string {
  const time = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(published) ? `${published}T00:00:00Z` : published);
  return Number.isNaN(time) ? published : PUBLISHED.format(time);
}
