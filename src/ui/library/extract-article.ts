import { Readability } from '@mozilla/readability';
import { mainContent, readMetadata, withoutSiteName, type HtmlMetadata } from './page-metadata';
import { safeLinkHref } from '../../core/library/safe-link';

/** What extraction hands to the reducer: the article's HTML (still to be sanitized) and what the page says about itself. */
export interface Extraction {
  /** The chosen content as HTML, in chunks of about HTML_BATCH_CHARS; untrusted, each still goes through DOMPurify and the walker. */
  chunks: string[];
  /** The page's own address, when it came with one (the bookmarklet sends it). */
  address?: string;
  /** True when Readability found the article; false when this is the whole page's body. */
  found: boolean;
  meta: HtmlMetadata;
  /** How many formulas were replaced by their text. */
  formulas: number;
  /** How many embedded things (video, audio, frames, canvases, drawings) were left out, their text kept where they have some. */
  embeds: number;
}

/** Elements that run or load something; removed from the page before anything reads it. */
const ACTIVE = 'script:not([type="application/ld+json" i]), style, link, meta[http-equiv], noscript, template, base';
/** Embedded content we cannot show: left out, counted, its fallback text kept when it has some. */
const EMBEDS = 'video, audio, canvas, svg, iframe, frame, object, embed, applet, portal';

/**
 * Chooses the article in a saved page, on any DOM (linkedom in the worker, the browser's inert
 * DOMParser document where workers are unavailable). Readability (the engine of Firefox Reader
 * View) picks the content and the title, byline, site name, date, language and direction; when
 * it finds no article, the whole body is returned with `found: false` so the dialog can say so.
 * Formulas become their text (MathML `alttext`, else the TeX of the fallback image, else their
 * text content), so a checked text never loses words silently. With `keepAll` (a paste) the
 * whole body is kept. Never throws for bad HTML.
 */
export function extractArticle(doc: Document, address?: string, keepAll = false): Extraction {
  const head = readMetadata(doc);
  const titledByPage = doc.querySelector('meta[property="og:title"], script[type="application/ld+json" i]') !== null;
  absolutize(doc, head.source?.url ?? address);
  for (const el of Array.from(doc.querySelectorAll(ACTIVE))) el.remove();
  const formulas = simplifyFormulas(doc);
  let embeds = 0;
  for (const el of Array.from(doc.querySelectorAll(EMBEDS))) {
    // A drawing inside a drawing counts once.
    if (!el.parentElement?.closest(EMBEDS)) embeds += 1;
    el.remove();
  }
  const lang = doc.documentElement?.getAttribute('lang');
  const dir = doc.documentElement?.getAttribute('dir') ?? doc.body?.getAttribute('dir');
  const base = { formulas, embeds, ...(address ? { address } : {}) };
  // A paste is what the reader selected: all of it is the article (Readability would drop parts of a short one).
  if (keepAll) return { ...base, chunks: doc.body ? chunksOf(doc.body) : [], found: true, meta: withPage(head, lang, dir) };
  // Readability takes the document apart as it works: the whole page is kept for the fallback.
  const whole = doc.cloneNode(true) as Document;
  let article: ReturnType<Readability<Element>['parse']>;
  try {
    article = new Readability<Element>(doc, { keepClasses: false, serializer: (el) => el as Element }).parse();
  } catch {
    article = null;
  }
  if (!article?.content || (article.textContent ?? '').trim() === '') {
    const root = mainContent(whole);
    return { ...base, chunks: root ? chunksOf(root) : [], found: false, meta: withPage(head, lang, dir) };
  }
  const siteName = article.siteName?.replace(/\s+/g, ' ').trim();
  // On a very short page Readability keeps everything; the page's own <article> or <main> says more.
  const marked = mainContent(whole);
  const content = (article.textContent ?? '').trim().length < SHORT_PAGE_CHARS && marked && marked.localName !== 'body' ? marked : article.content;
  const meta: HtmlMetadata = { ...head };
  const title = article.title?.replace(/\s+/g, ' ').trim();
  // A title taken from <title> may end with the site's name ("Story | The Courier").
  if (title) meta.title = titledByPage ? title : withoutSiteName(title, siteName ?? head.source?.name);
  const byline = article.byline?.replace(/\s+/g, ' ').trim();
  if (siteName) meta.source = { ...meta.source, name: siteName };
  else if (!meta.source?.name && byline) meta.source = { ...meta.source, name: byline };
  if (byline) meta.byline = byline;
  if (article.publishedTime && !Number.isNaN(Date.parse(article.publishedTime))) meta.published = article.publishedTime;
  return { ...base, chunks: chunksOf(content), found: true, meta: withPage(meta, article.lang ?? lang, article.dir ?? dir) };
}

/** Below this many characters of text, Readability's choice is no better than the page's own `<article>`. */
const SHORT_PAGE_CHARS = 500;

/**
 * Makes every link and image address absolute against the page's own address (never against
 * the app's, which is where an inert document would resolve them), and drops the ones that
 * cannot be: a relative address with no page address means nothing once the page is here.
 */
function absolutize(doc: Document, base: string | undefined): void {
  for (const [selector, attr] of [['a[href]', 'href'], ['img[src]', 'src']] as const) {
    for (const el of Array.from(doc.querySelectorAll(selector))) {
      const value = el.getAttribute(attr) ?? '';
      const absolute = safeLinkHref(value, base);
      if (absolute) el.setAttribute(attr, absolute);
      else el.removeAttribute(attr);
    }
  }
}

/** How much HTML (in characters) goes into one chunk: the main thread sanitizes and reduces one chunk per task. */
export const CHUNK_CHARS = 100_000;

/** Plain wrappers, which add nothing to the reading and can be looked through. */
const WRAPPERS = new Set(['div', 'section', 'article', 'main', 'center']);

/**
 * The content's HTML cut between top-level elements into chunks of about CHUNK_CHARS, so a huge
 * page is reduced a chunk per task. A wrapper that is the only element (with no text of its own)
 * is looked through first, so a page wrapped in `<div>`s can still be cut.
 */
function chunksOf(root: Element): string[] {
  let current = root;
  for (;;) {
    const only = current.children.length === 1 ? (current.children[0] as Element) : null;
    const hasText = Array.from(current.childNodes).some((n) => n.nodeType === 3 && (n.textContent ?? '').trim() !== '');
    // Lower-cased: the worker's DOM (linkedom) keeps Readability's own wrappers as `DIV`.
    if (!only || hasText || !WRAPPERS.has(only.localName.toLowerCase())) break;
    current = only;
  }
  const chunks: string[] = [];
  let held = '';
  for (const node of Array.from(current.childNodes)) {
    held += node.nodeType === 1 ? (node as Element).outerHTML : node.nodeType === 3 ? escapeText(node.textContent ?? '') : '';
    if (held.length >= CHUNK_CHARS) {
      chunks.push(held);
      held = '';
    }
  }
  if (held !== '') chunks.push(held);
  return chunks;
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function withPage(meta: HtmlMetadata, lang: string | null | undefined, dir: string | null | undefined): HtmlMetadata {
  const out = { ...meta };
  if (lang && /^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/i.test(lang.trim())) out.lang = lang.trim();
  const d = dir?.trim().toLowerCase();
  if (d === 'rtl' || d === 'ltr') out.dir = d;
  return out;
}

/** A TeX formula as written for people: `{\displaystyle x}` -> `x`. */
export function formulaText(tex: string): string {
  const trimmed = tex.replace(/\s+/g, ' ').trim();
  const display = /^\{\\(?:displaystyle|textstyle)\s*(.*)\}$/s.exec(trimmed);
  return (display ? (display[1] ?? '') : trimmed).trim();
}

/**
 * Replaces each formula by a `<code>` holding its text, and drops the picture that stood in for
 * it (Wikipedia pairs hidden MathML with a rendered image). Returns how many were replaced.
 */
function simplifyFormulas(doc: Document): number {
  let count = 0;
  for (const math of Array.from(doc.querySelectorAll('math'))) {
    const text = formulaText(math.getAttribute('alttext') ?? math.textContent ?? '');
    const wrapper = math.closest('.mwe-math-element');
    const code = doc.createElement('code');
    code.textContent = text;
    if (wrapper) {
      wrapper.replaceWith(code);
    } else math.replaceWith(code);
    count += 1;
  }
  // A formula shown only as a picture with its TeX as alt text.
  for (const img of Array.from(doc.querySelectorAll('img.mwe-math-fallback-image-inline, img.mwe-math-fallback-image-display'))) {
    const code = doc.createElement('code');
    code.textContent = formulaText(img.getAttribute('alt') ?? '');
    img.replaceWith(code);
    count += 1;
  }
  return count;
}

/** A whole HTML document for a DOM that wants one (linkedom): a fragment (pasted HTML) is put in a body. */
export function asDocument(html: string): string {
  return /^\s*(?:<!doctype|<html[\s>])/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
}
