export type UrlCheck = { ok: true; value: string } | { ok: false; error: string };

/**
 * Accepts an evidence link only when it is an absolute http(s) URL; returns it normalised.
 * Refuses `javascript:`, `data:`, bare words and anything else with a message a person can act on.
 */
export function checkEvidenceUrl(input: string): UrlCheck {
  const text = input.trim();
  if (text === '') return { ok: false, error: 'Enter the address of a source, starting with https://.' };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, error: `“${shorten(text)}” is not a web address. Paste a full link starting with https://.` };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return { ok: false, error: `Only http and https links can be sources; “${url.protocol}” links are refused.` };
  }
  if (url.hostname === '') return { ok: false, error: 'The link has no site name. Paste a full link starting with https://.' };
  return { ok: true, value: url.href };
}

function shorten(text: string): string {
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}
