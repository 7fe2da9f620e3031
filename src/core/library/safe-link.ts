/**
 * The address a link in an opened article may keep: an absolute http(s) URL, with a relative one
 * resolved against `base` (the article's own http(s) address, when it says where it came from).
 * Returns null for everything else (`javascript:`, `data:`, `file:`, fragments, relative links
 * with no base), and the link is then kept as plain text.
 */
export function safeLinkHref(href: string, base?: string): string | null {
  const text = href.trim();
  if (text === '' || text.startsWith('#')) return null;
  let url: URL;
  try {
    url = base !== undefined && isHttpUrl(base) ? new URL(text, base) : new URL(text);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.hostname === '') return null;
  return url.href;
}

/** True for an absolute http(s) URL with a host. */
export function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/** A web address's site as people name it (`https://www.reuters.com/x` → `reuters.com`); null when it is not an address. */
export function siteName(url: string): string | null {
  try {
    const host = new URL(url).hostname;
    return host === '' ? null : host.replace(/^www\./, '');
  } catch {
    return null;
  }
}
