import { useSyncExternalStore } from 'react';

/** What the address shows: an article in the reader (and an annotation to bring into view), the library, or nothing known. */
export type Route =
  | { view: 'reader'; articleId: string; annotationId: string | null }
  | { view: 'library' }
  | { view: 'unknown'; address: string };

/** The library's address. */
export const LIBRARY_HREF = '#/library';

/**
 * The route an address's hash names. `#/a/<id>` is an article (`?annotation=<id>` brings one of
 * its annotations into view), `#/library` the library; no hash (or `#/`) is the default article,
 * so a plain visit still opens the reader. Anything else is unknown, for a clear message.
 */
export function parseRoute(hash: string, defaultArticleId: string): Route {
  const path = hash.replace(/^#/, '');
  if (path === '' || path === '/') return { view: 'reader', articleId: defaultArticleId, annotationId: null };
  if (path === '/library' || path === '/library/') return { view: 'library' };
  const article = /^\/a\/([^/?]+)\/?(?:\?(.*))?$/.exec(path);
  if (article) {
    const articleId = safeDecode(article[1] as string);
    const annotationId = new URLSearchParams(article[2] ?? '').get('annotation');
    if (articleId) return { view: 'reader', articleId, annotationId: annotationId || null };
  }
  return { view: 'unknown', address: hash };
}

/** The address of an article, and optionally of one of its annotations. */
export function articleHref(articleId: string, annotationId?: string): string {
  const base = `#/a/${encodeURIComponent(articleId)}`;
  return annotationId ? `${base}?${new URLSearchParams({ annotation: annotationId }).toString()}` : base;
}

/** Goes to an address inside the app; it becomes a history entry, so Back returns. */
export function navigate(href: string): void {
  window.location.hash = href;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

function currentHash(): string {
  return window.location.hash;
}

/** The route of the current address, updated on every hash change (links, Back, Forward, typed addresses). */
export function useHashRoute(defaultArticleId: string): Route {
  const hash = useSyncExternalStore(subscribe, currentHash, () => '');
  return parseRoute(hash, defaultArticleId);
}

function safeDecode(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}
