import DOMPurify from 'dompurify';
import { draftFromBlocks, type ArticleDraft, type DraftHints } from '../../core/library/article-draft';
import { InlineBuilder } from '../../core/library/inline-builder';
import { normalizeInput } from '../../core/library/normalize-text';
import { titleFromFileName } from '../../core/library/parse-text';
import { safeLinkHref, siteName } from '../../core/library/safe-link';
import type { ArticleBlock } from '../../core/model/article';
import type { ParseResult } from '../../core/model/parse-article';
import type { Extraction } from './extract-article';

/**
 * Elements kept by the sanitizer: reading content and the containers around it. Everything else
 * is unwrapped (its text kept) or, for the elements in HIDDEN, removed with its content.
 */
const READING_TAGS = [
  'a', 'abbr', 'address', 'article', 'b', 'bdi', 'bdo', 'big', 'blockquote', 'br', 'caption', 'center', 'cite', 'code', 'data', 'dd', 'del',
  'details', 'dfn', 'div', 'dl', 'dt', 'em', 'figcaption', 'figure', 'font', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup',
  'hr', 'i', 'img', 'ins', 'kbd', 'li', 'main', 'mark', 'ol', 'p', 'pre', 'q', 's', 'samp', 'section', 'small', 'span', 'strike', 'strong', 'sub',
  'summary', 'sup', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'time', 'tr', 'tt', 'u', 'ul', 'var', 'wbr',
];

/** Elements whose content is not the article: page furniture, forms, embedded media, scripts. */
const HIDDEN = [
  'aside', 'audio', 'button', 'canvas', 'dialog', 'embed', 'form', 'iframe', 'input', 'map', 'math', 'menu', 'nav', 'noembed', 'noframes',
  'noscript', 'object', 'script', 'select', 'style', 'svg', 'template', 'textarea', 'title', 'video',
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

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * A draft article from an HTML page, all on this thread (the worker-less path, and the tests'):
 * the page is parsed into an inert document (no scripts run, nothing loads), the article chosen
 * by Readability (extractArticle), then reduced as `draftFromExtraction` does.
 */
export async function draftFromHtml(html: string, fileName?: string, pause: () => Promise<void> = nextTask): Promise<ParseResult<ArticleDraft>> {
  const doc = new DOMParser().parseFromString(normalizeInput(html), 'text/html');
  const { extractArticle } = await import('./extract-article');
  return draftFromExtraction(extractArticle(doc), fileName, pause);
}

/**
 * A draft article from an extraction (made in the worker, or here): each chunk of its HTML is
 * sanitized by DOMPurify with an allow-list of reading elements and only http(s) links and image
 * addresses, then reduced to blocks of plain text with emphasis and links as marks; images become
 * image blocks (shown as placeholders until the reader allows their host). Nothing from the file
 * is ever inserted into the page as HTML. Between chunks `pause()` lets the page respond (it may
 * throw, e.g. to abort). Refuses a page with no readable text.
 */
export async function draftFromExtraction(extraction: Extraction, fileName?: string, pause: () => Promise<void> = nextTask): Promise<ParseResult<ArticleDraft>> {
  const { meta } = extraction;
  const base = meta.source?.url ?? extraction.address;
  const blocks: ArticleBlock[] = [];
  for (const [i, chunk] of extraction.chunks.entries()) {
    if (i > 0) await pause();
    walkContainer(sanitize(normalizeInput(chunk)), 'paragraph', blocks, base);
  }
  dropRepeatedTitle(blocks, meta.title);
  const name = fileName ? `The file “${fileName}”` : 'The pasted text';
  const notes: string[] = [];
  if (extraction.formulas > 0) notes.push(`${plural(extraction.formulas, 'formula')} shown as text (TeX), as the page wrote ${extraction.formulas === 1 ? 'it' : 'them'}`);
  if (extraction.embeds > 0) notes.push(`${plural(extraction.embeds, 'video, drawing or other embedded item', 'videos, drawings or other embedded items')} left out`);
  const hints: DraftHints = {
    fallbackTitle: fileName ? titleFromFileName(fileName) : 'Pasted text',
    emptyMessage: fileName
      ? `${name} has no text to read: Marginalia keeps a page’s headings, paragraphs, lists, quotes and captions, and found none (a page built by scripts may save no text). Copy the article’s text from your browser and paste it instead.`
      : `${name} has no text to read: Marginalia keeps headings, paragraphs, lists, quotes and captions, and the paste held none (only pictures or empty space?). Select the article’s words themselves and paste again.`,
  };
  if (meta.title) hints.title = meta.title;
  if (meta.source) hints.source = meta.source.url || !extraction.address ? meta.source : { ...meta.source, url: extraction.address };
  else if (extraction.address) hints.source = { name: siteName(extraction.address) ?? '', url: extraction.address };
  if (meta.published) hints.published = meta.published;
  if (meta.lang) hints.lang = meta.lang;
  if (meta.dir) hints.dir = meta.dir;
  if (notes.length > 0) hints.simplified = notes;
  const result = draftFromBlocks(blocks, hints);
  if (result.ok && !extraction.found) result.value.wholePage = true;
  return result;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
}

/** Sanitizes a piece of the page with the reading allow-list; returns an inert fragment. */
function sanitize(html: string): DocumentFragment {
  return purifier().sanitize(html, {
    ALLOWED_TAGS: READING_TAGS,
    ALLOWED_ATTR: ['href', 'src', 'alt'],
    // http(s) and relative addresses (resolved later against the page's own address, or dropped).
    ALLOWED_URI_REGEXP: /^(?:https?:|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i,
    ADD_FORBID_CONTENTS: HIDDEN,
    RETURN_DOM_FRAGMENT: true,
  });
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
  let images: Element[] = [];
  const flush = () => {
    push(out, builder, kind);
    builder = new InlineBuilder();
    for (const img of images) pushImage(out, img, '', base);
    images = [];
  };
  for (const child of Array.from(node.childNodes)) {
    if (!isBlock(child)) {
      walkInline(child, builder, base);
      if (child instanceof Element) images.push(...imagesIn(child));
      continue;
    }
    flush();
    walkBlock(child as Element, kind, out, base);
  }
  flush();
}

/** The element itself when it is an image, else the images inside it. */
function imagesIn(el: Element): Element[] {
  return el.localName === 'img' ? [el] : Array.from(el.querySelectorAll('img'));
}

/**
 * An image block: its address (absolute http(s) only, else none: the placeholder still shows the
 * alt text) and its caption as the block's text. Nothing is fetched here or by the reader until
 * the reader allows the image's host.
 */
function pushImage(out: ArticleBlock[], img: Element, caption: string, base: string | undefined): void {
  const src = safeLinkHref(img.getAttribute('src') ?? '', base);
  const alt = (img.getAttribute('alt') ?? '').replace(/\s+/g, ' ').trim();
  if (!src && !alt && !caption) return;
  out.push({ kind: 'image', text: caption, image: src ? { src, alt } : { alt } });
}

function walkBlock(el: Element, kind: TextKind, out: ArticleBlock[], base: string | undefined): void {
  const tag = el.localName;
  const leaf = LEAVES[tag];
  if (leaf) {
    const builder = new InlineBuilder();
    walkInline(el, builder, base, true);
    // Inside a quote, everything but captions reads as the quote.
    push(out, builder, kind === 'quote' && leaf !== 'caption' ? 'quote' : leaf);
    for (const img of imagesIn(el)) pushImage(out, img, '', base);
    return;
  }
  switch (tag) {
    case 'figure': {
      const img = el.querySelector('img');
      if (!img) return walkContainer(el, kind, out, base);
      // A picture and its caption are one block: the caption is the text, the picture a placeholder.
      const builder = new InlineBuilder();
      for (const caption of Array.from(el.querySelectorAll('figcaption'))) {
        builder.lineBreak();
        walkInline(caption, builder, base, true);
      }
      const { text, marks } = builder.finish();
      const before = out.length;
      pushImage(out, img, text, base);
      const block = out[before];
      if (block && marks.length > 0) block.marks = marks;
      for (const more of Array.from(el.querySelectorAll('img')).slice(1)) pushImage(out, more, '', base);
      return;
    }
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

