/**
 * `Send to Marginalia`: a bookmarklet that opens the app in a new tab and hands it the page the
 * reader is on. The handshake: the app, opened at `…?receive`, tells its opener it is ready; the
 * bookmarklet answers that window only (checked by `source` and origin) with one page message;
 * the app accepts exactly one such message from its opener and shows it in `Open article`, where
 * nothing is stored before `Open`.
 */

/** The query that makes the app wait for a page from its opener. */
export const RECEIVE_PARAM = 'receive';
export const READY_MESSAGE = 'marginalia:ready';
export const PAGE_MESSAGE = 'marginalia:page';

/** A page as the bookmarklet sends it. */
export interface SentPage {
  html: string;
  /** The page's address, kept as the article's original address. */
  address: string;
  title: string;
}

/**
 * The bookmarklet's `href` for the app at `appUrl` (its origin and path, made at run time from
 * where the app is served). The code runs on someone else's page: it posts only to the app's
 * origin, and only to the window it opened.
 */
export function bookmarkletHref(appUrl: string): string {
  const app = new URL(appUrl);
  app.search = `?${RECEIVE_PARAM}`;
  app.hash = '';
  const code = `(()=>{const o=${JSON.stringify(app.origin)},w=window.open(${JSON.stringify(app.href)},'_blank');if(!w){alert('Marginalia could not open a tab: allow pop-ups for this site and try again.');return}const f=e=>{if(e.source!==w||e.origin!==o||!e.data||e.data.type!==${JSON.stringify(READY_MESSAGE)})return;removeEventListener('message',f);w.postMessage({type:${JSON.stringify(PAGE_MESSAGE)},html:document.documentElement.outerHTML,address:location.href,title:document.title},o)};addEventListener('message',f)})();void 0`;
  return `javascript:${encodeURIComponent(code)}`;
}

/**
 * The page in a message, or why it is refused (null when the message is not a page message at
 * all, so that other messages are ignored without a word). `maxChars` caps the HTML as a file is.
 */
export function readPageMessage(data: unknown, maxChars: number): { ok: true; page: SentPage } | { ok: false; error: string } | null {
  if (!data || typeof data !== 'object' || (data as { type?: unknown }).type !== PAGE_MESSAGE) return null;
  const { html, address, title } = data as { html?: unknown; address?: unknown; title?: unknown };
  if (typeof html !== 'string' || html.trim() === '') return { ok: false, error: 'The page arrived empty. Run Send to Marginalia again once the page has loaded.' };
  if (html.length > maxChars) return { ok: false, error: `The page is too large to open (over ${Math.round(maxChars / (1024 * 1024))} MB). Save only the article, or paste its text.` };
  return { ok: true, page: { html, address: safeAddress(address), title: typeof title === 'string' ? title.slice(0, 500) : '' } };
}

/** Only http(s) addresses are kept as an article's address (a `javascript:` one never is). */
function safeAddress(address: unknown): string {
  if (typeof address !== 'string') return '';
  try {
    const url = new URL(address);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : '';
  } catch {
    return '';
  }
}
