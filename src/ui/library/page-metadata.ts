import { isHttpUrl, siteName as siteOfAddress } from '../../core/library/safe-link';
import type { ArticleSource } from '../../core/model/article';

/** What the page says about itself, read from its `<head>` (and its first heading). */
export interface HtmlMetadata {
  title?: string;
  source?: ArticleSource;
  published?: string;
  byline?: string;
  /** The page's language (BCP 47), when it says. */
  lang?: string;
  dir?: 'ltr' | 'rtl';
}

/**
 * Title, source (site name or author, canonical address) and date of publication from the page's
 * head. Works on any DOM (attributes only, no browser-only properties), so the worker can call it.
 */
export function readMetadata(doc: Document): HtmlMetadata {
  const metaContent = (selector: string) => doc.querySelector(selector)?.getAttribute('content')?.replace(/\s+/g, ' ').trim() || undefined;
  const siteName = metaContent('meta[property="og:site_name"]');
  const author = metaContent('meta[name="author"]') ?? metaContent('meta[property="article:author"]');
  const canonical = doc.querySelector('link[rel~="canonical"]')?.getAttribute('href')?.trim();
  const ogUrl = metaContent('meta[property="og:url"]');
  const url = [canonical, ogUrl].find((u): u is string => u !== undefined && isHttpUrl(u));
  const firstH1 = mainContent(doc)?.querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim();
  const docTitle = doc.querySelector('title')?.textContent?.replace(/\s+/g, ' ').trim();
  const title = metaContent('meta[property="og:title"]') || firstH1 || (docTitle && withoutSiteName(docTitle, siteName)) || undefined;
  const meta: HtmlMetadata = {};
  if (title) meta.title = title;
  const sourceName = siteName ?? (author && !isHttpUrl(author) ? author : undefined);
  if (sourceName || url) {
    meta.source = { name: sourceName ?? (url ? (siteOfAddress(url) ?? '') : '') };
    if (url) meta.source.url = url;
  }
  const published =
    metaContent('meta[property="article:published_time"]') ?? metaContent('meta[name="date"]') ?? mainContent(doc)?.querySelector('time[datetime]')?.getAttribute('datetime') ?? undefined;
  if (published && !Number.isNaN(Date.parse(published))) meta.published = published;
  return meta;
}

/** The page's article: its only `<article>`, else its `<main>`, else its body. */
export function mainContent(doc: Document): HTMLElement | null {
  const articles = doc.querySelectorAll('article');
  if (articles.length === 1) return articles[0] as HTMLElement;
  return doc.querySelector('main') ?? doc.body;
}

/** "Headline | Site" -> "Headline", when the site's name is known. */
export function withoutSiteName(title: string, siteName: string | undefined): string {
  if (!siteName) return title;
  const stripped = title.replace(new RegExp(`\\s*[|–—:·-]\\s*${escapeRegExp(siteName)}\\s*$`, 'i'), '');
  return stripped || title;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
