/**
 * The outcome of checking a typed source link: the address to save (with `corrected` set when
 * `https://` was added to what was typed, so the editor can show it before saving), or why not.
 */
export type UrlCheck = { ok: true; value: string; corrected: boolean } | { ok: false; error: string };

/** A scheme as a URL starts with one: `https:`, `javascript:`. `example.com:8080` is a host and port, not a scheme. */
const SCHEME = /^[a-z][a-z0-9+.-]*:(?!\d)/i;

/** What people type for a site without its scheme: `example.com`, `www.reuters.com/world`, `bbc.co.uk:443/x`. */
const BARE_SITE = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,63}(?::\d{1,5})?(?:[/?#]\S*)?$/i;

/** A host name as the URL parser leaves it: ASCII labels (IDNs come back as `xn--`), or an IP literal. */
const VALID_HOST = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9-]{2,63}\.?$|^\[[0-9a-f:.]+\]$|^(?:\d{1,3}\.){3}\d{1,3}$/i;

/**
 * Accepts an evidence link when it is an http(s) URL with a real site name, and returns it
 * normalised. A site typed without its scheme (`example.com`, `www.reuters.com/…`) gets
 * `https://`, which is what the reader meant. Refuses `javascript:`, `data:`, bare words and
 * broken addresses (`https://exa mple.com`, which some browsers' parsers let through) with a
 * message a person can act on.
 */
export function checkEvidenceUrl(input: string): UrlCheck {
  const text = input.trim();
  if (text === '') return { ok: false, error: 'Enter the address of a source, starting with https://.' };
  const corrected = !SCHEME.test(text) && !text.startsWith('//') && BARE_SITE.test(text);
  const candidate = corrected ? `https://${text}` : text;
  const badHost = { ok: false as const, error: `“${shorten(text)}” has no valid site name (a space or a stray character in it?). Check the address.` };
  // The site name as typed, before a parser could percent-encode a space in it (Chromium's does).
  const typedHost = /^[a-z][a-z0-9+.-]*:\/\/([^/?#]*)/i.exec(candidate)?.[1];
  if (typedHost && /\s/.test(typedHost)) return badHost;
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return { ok: false, error: `“${shorten(text)}” is not a web address. Paste a full link starting with https://.` };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return { ok: false, error: `Only http and https links can be sources; “${url.protocol}” links are refused.` };
  }
  if (url.hostname === '') return { ok: false, error: 'The link has no site name. Paste a full link starting with https://.' };
  if (!VALID_HOST.test(url.hostname)) return badHost;
  return { ok: true, value: url.href, corrected };
}

function shorten(text: string): string {
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}
