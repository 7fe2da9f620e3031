import DOMPurify from 'dompurify';
import { draftFromBlocks, type ArticleDraft } from '../../core/library/article-draft';
import { InlineBuilder } from '../../core/library/inline-builder';
import { normalizeInput } from '../../core/library/normalize-text';
import { titleFromFileName } from '../../core/library/parse-text';
import { isHttpUrl, safeLinkHref } from '../../core/library/safe-link';
import type { ArticleBlock, ArticleSource } from '../../core/model/article';
import type { ParseResult } from '../../core/model/parse-article';

/**
 * Elements kept by the sanitizer: reading content and the containers around it. Everything else
 * is unwrapped (its text kept) or, for the elements in HIDDEN, removed with its content.
 */
const READING_TAGS = [
  'a', 'abbr', 'address', 'article', 'b', 'bdi', 'bdo', 'big', 'blockquote', 'br', 'caption', 'center', 'cite', 'code', 'data', 'dd', 'del',
  'details', 'dfn', 'div', 'dl', 'dt', 'em', 'figcaption', 'figure', 'font', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup',
  'hr', 'i', 'ins', 'kbd', 'li', 'main', 'mark', 'ol', 'p', 'pre', 'q', 's', 'samp', 'section', 'small', 'span', 'strike', 'strong', 'sub',
  'summary', 'sup', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'time', 'tr', 'tt', 'u', 'ul', 'var', 'wbr',
];

/** Elements whose content is not the article: page furniture, forms, embedded media, scripts. */
const HIDDEN = [
  'aside', 'audio', 'button', 'canvas', 'dialog', 'embed', 'form', 'iframe', 'input', 'map', 'math', 'menu', 'nav', 'noembed', 'noframes',
  'noscript', 'object', 'picture', 'script', 'select', 'style', 'svg', 'template', 'textarea', 'title', 'video',
];

/** Block-level elements: each starts a new block (or a group of them). */
const BLOCKS = new Set([
  'address', 'article', 'blockquote', 'caption', 'center', 'dd', 'details', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer', 'h1', 'h2',
  'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'li', 'main', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th',
  'thead', 'tr', 'ul', 'body',
]);

/** Blocks whose whole content is one block of text of a given kind. */
const LEAVES: Readonly<Record<string, ArticleBlock['kind']>> = {
  p: 'paragraph', pre: 'paragraph', dt: 'paragraph', dd: 'paragraph', summary: 'paragraph', h1: 'heading', h2: 'heading', h3: 'heading',
  h4: 'heading', h5: 'heading', h6: 'heading', figcaption: 'caption', caption: 'caption', address: 'byline',
};

let instance: ReturnType<typeof DOMPurify> | null = null;

/** A DOMPurify of our own, so hooks that other parts of the app add to the shared one (links in notes) do not apply here. */
function purifier(): ReturnType<typeof DOMPurify> {
  instance ??= DOMPurify(window);
  return instance;
}

/** What the page says about itself, read from its `<head>` (and its first heading). */
export interface HtmlMetadata {
  title?: string;
  source?: ArticleSource;
  published?: string;
}

/** How much HTML (in characters) is sanitized and reduced at a time; between batches the page gets to paint and respond. */
export const HTML_BATCH_CHARS = 100_000;

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * A draft article from an HTML file. The page is parsed into an inert document (no scripts run,
 * nothing loads), its metadata read, and its reading content (the `<article>` or `<main>` when
 * there is one) sanitized by DOMPurify with an allow-list of reading elements and only http(s)
 * links, then reduced to blocks of plain text with emphasis and links as marks. Nothing from the
 * file is ever inserted into the page as HTML. A large page is handled in batches of top-level
 * elements with `pause()` between them (it may throw, e.g. to abort). Refuses a page with no
 * readable text.
 */
export async function draftFromHtml(html: string, fileName?: string, pause: () => Promise<void> = nextTask): Promise<ParseResult<ArticleDraft>> {
  const doc = new DOMParser().parseFromString(normalizeInput(html), 'text/html');
  const meta = readMetadata(doc);
  const base = meta.source?.url;
  const blocks: ArticleBlock[] = [];
  const holder = doc.createElement('div');
  let size = 0;
  const reduceHeld = () => {
    walkContainer(sanitize(holder.innerHTML), 'paragraph', blocks, base);
    holder.replaceChildren();
    size = 0;
  };
  for (const node of Array.from(contentRoot(mainContent(doc)).childNodes)) {
    holder.append(node);
    size += node instanceof Element ? node.outerHTML.length : (node.textContent?.length ?? 0);
    if (size >= HTML_BATCH_CHARS) {
      reduceHeld();
      await pause();
    }
  }
  reduceHeld();
  dropRepeatedTitle(blocks, meta.title);
  const name = fileName ? `The file “${fileName}”` : 'The pasted HTML';
  return draftFromBlocks(blocks, {
    fallbackTitle: fileName ? titleFromFileName(fileName) : 'Pasted page',
    emptyMessage: `${name} has no text to read: Marginalia keeps a page’s headings, paragraphs, lists, quotes and captions, and found none (a page built by scripts may save no text). Copy the article’s text from your browser and paste it instead.`,
    ...meta,
  });
}

/** Sanitizes a piece of the page with the reading allow-list; returns an inert fragment. */
function sanitize(html: string): DocumentFragment {
  return purifier().sanitize(html, {
    ALLOWED_TAGS: READING_TAGS,
    ALLOWED_ATTR: ['href'],
    // http(s) and relative addresses (resolved later against the page's own address, or dropped).
    ALLOWED_URI_REGEXP: /^(?:https?:|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i,
    ADD_FORBID_CONTENTS: HIDDEN,
    RETURN_DOM_FRAGMENT: true,
  });
}

/** Plain wrappers, which add nothing to the reading and can be looked through. */
const WRAPPERS = new Set(['div', 'section', 'article', 'main', 'center']);

/**
 * The element whose children are the content, so that a page wrapped in `<div>`s can still be
 * handled in batches: a wrapper that is the only element (with no text of its own) is looked through.
 */
function contentRoot(root: Element): Element {
  let current = root;
  for (;;) {
    const only = current.children.length === 1 ? (current.children[0] as Element) : null;
    const hasText = Array.from(current.childNodes).some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '');
    if (!only || hasText || !WRAPPERS.has(only.localName)) return current;
    current = only;
  }
}

/** Title, source (site name or author, canonical address) and date of publication from the page's head. */
export function readMetadata(doc: Document): HtmlMetadata {
  const metaContent = (selector: string) => doc.querySelector<HTMLMetaElement>(selector)?.content?.replace(/\s+/g, ' ').trim() || undefined;
  const siteName = metaContent('meta[property="og:site_name"]');
  const author = metaContent('meta[name="author"]') ?? metaContent('meta[property="article:author"]');
  const canonical = doc.querySelector<HTMLLinkElement>('link[rel~="canonical"]')?.getAttribute('href')?.trim();
  const ogUrl = metaContent('meta[property="og:url"]');
  const url = [canonical, ogUrl].find((u): u is string => u !== undefined && isHttpUrl(u));
  const firstH1 = mainContent(doc).querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim();
  const docTitle = doc.querySelector('title')?.textContent?.replace(/\s+/g, ' ').trim();
  const title = metaContent('meta[property="og:title"]') || firstH1 || (docTitle && withoutSiteName(docTitle, siteName)) || undefined;
  const meta: HtmlMetadata = {};
  if (title) meta.title = title;
  const sourceName = siteName ?? (author && !isHttpUrl(author) ? author : undefined);
  if (sourceName || url) {
    meta.source = { name: sourceName ?? (url ? new URL(url).hostname.replace(/^www\./, '') : '') };
    if (url) meta.source.url = url;
  }
  const published = metaContent('meta[property="article:published_time"]') ?? metaContent('meta[name="date"]') ?? mainContent(doc).querySelector('time[datetime]')?.getAttribute('datetime') ?? undefined;
  if (published && !Number.isNaN(Date.parse(published))) meta.published = published;
  return meta;
}

/** The page's article: its only `<article>`, else its `<main>`, else its body. */
function mainContent(doc: Document): HTMLElement {
  const articles = doc.querySelectorAll('article');
  if (articles.length === 1) return articles[0] as HTMLElement;
  return doc.querySelector('main') ?? doc.body;
}

/** "Headline | Site" -> "Headline", when the site's name is known. */
function withoutSiteName(title: string, siteName: string | undefined): string {
  if (!siteName) return title;
  const stripped = title.replace(new RegExp(`\\s*[|–—:·-]\\s*${escapeRegExp(siteName)}\\s*$`, 'i'), '');
  return stripped || title;
}

/** Removes a heading that repeats the title near the top (the title is shown on its own). */
function dropRepeatedTitle(blocks: ArticleBlock[], title: string | undefined): void {
  if (!title) return;
  const same = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase() === title.toLowerCase();
  const at = blocks.slice(0, 4).findIndex((b) => b.kind === 'heading' && same(b.text));
  if (at > 0) blocks.splice(at, 1);
  // At index 0 draftFromBlocks drops it, and keeps it when it is the only text.
}

type TextKind = 'paragraph' | 'quote';

/** Walks a container: loose inline content becomes paragraphs (quotes inside a blockquote); blocks are handled by kind. */
function walkContainer(node: Node, kind: TextKind, out: ArticleBlock[], base: string | undefined): void {
  let builder = new InlineBuilder();
  const flush = () => {
    push(out, builder, kind);
    builder = new InlineBuilder();
  };
  for (const child of Array.from(node.childNodes)) {
    if (!isBlock(child)) {
      walkInline(child, builder, base);
      continue;
    }
    flush();
    walkBlock(child as Element, kind, out, base);
  }
  flush();
}

function walkBlock(el: Element, kind: TextKind, out: ArticleBlock[], base: string | undefined): void {
  const tag = el.localName;
  const leaf = LEAVES[tag];
  if (leaf) {
    const builder = new InlineBuilder();
    walkInline(el, builder, base, true);
    // Inside a quote, everything but captions reads as the quote.
    push(out, builder, kind === 'quote' && leaf !== 'caption' ? 'quote' : leaf);
    return;
  }
  switch (tag) {
    case 'blockquote':
      walkContainer(el, 'quote', out, base);
      return;
    case 'ul':
    case 'ol':
      walkList(el, tag === 'ol', out, base);
      return;
    case 'tr': {
      const builder = new InlineBuilder();
      for (const [i, cell] of Array.from(el.children).entries()) {
        if (i > 0) builder.text(' · ');
        walkInline(cell, builder, base, true);
      }
      push(out, builder, kind);
      return;
    }
    case 'hr':
      return;
    default:
      walkContainer(el, kind, out, base);
  }
}

/** A list's items become list items; a list nested in an item follows it, flattened. */
function walkList(list: Element, ordered: boolean, out: ArticleBlock[], base: string | undefined): void {
  for (const child of Array.from(list.childNodes)) {
    if (!(child instanceof Element) || child.localName !== 'li') {
      if (child instanceof Element && isBlock(child)) walkBlock(child, 'paragraph', out, base);
      continue;
    }
    let builder = new InlineBuilder();
    for (const part of Array.from(child.childNodes)) {
      if (part instanceof Element && (part.localName === 'ul' || part.localName === 'ol')) {
        pushItem(out, builder, ordered);
        builder = new InlineBuilder();
        walkList(part, part.localName === 'ol', out, base);
      } else walkInline(part, builder, base);
    }
    pushItem(out, builder, ordered);
  }
}

/** Adds a node's text to the block being built: emphasis and http(s) links as marks; nested blocks as line breaks. */
function walkInline(node: Node, builder: InlineBuilder, base: string | undefined, isRoot = false): void {
  if (node.nodeType === Node.TEXT_NODE) {
    builder.text((node as Text).data);
    return;
  }
  if (!(node instanceof Element)) return;
  const tag = node.localName;
  if (tag === 'br') return builder.lineBreak();
  if (!isRoot && BLOCKS.has(tag)) builder.lineBreak();
  const mark =
    tag === 'em' || tag === 'i'
      ? builder.open('em')
      : tag === 'strong' || tag === 'b'
        ? builder.open('strong')
        : tag === 'a'
          ? linkMark(node, builder, base)
          : null;
  for (const child of Array.from(node.childNodes)) walkInline(child, builder, base);
  if (mark !== null) builder.close(mark);
  if (!isRoot && BLOCKS.has(tag)) builder.lineBreak();
}

function linkMark(a: Element, builder: InlineBuilder, base: string | undefined) {
  const href = safeLinkHref(a.getAttribute('href') ?? '', base);
  return href === null ? null : builder.open('link', href);
}

function isBlock(node: Node): boolean {
  return node instanceof Element && BLOCKS.has(node.localName);
}

function push(out: ArticleBlock[], builder: InlineBuilder, kind: ArticleBlock['kind']): void {
  const { text, marks } = builder.finish();
  if (text === '') return;
  const block = (kind === 'list-item' ? { kind, ordered: false, text } : { kind, text }) as ArticleBlock;
  if (marks.length > 0) block.marks = marks;
  out.push(block);
}

function pushItem(out: ArticleBlock[], builder: InlineBuilder, ordered: boolean): void {
  const { text, marks } = builder.finish();
  if (text === '') return;
  out.push(marks.length > 0 ? { kind: 'list-item', ordered, text, marks } : { kind: 'list-item', ordered, text });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
