import DOMPurify from 'dompurify';
import { Marked } from 'marked';
import { MAX_NOTE_NESTING, noteFormat } from '../../core/model/note-limits';

/** Link schemes a note may use; anything else (javascript:, data:, vbscript:, file:) loses its link. */
const SAFE_LINK = /^(?:https?:|mailto:)/i;

/** The only elements a rendered note may contain. */
const ALLOWED_TAGS = ['p', 'br', 'em', 'strong', 'del', 'code', 'pre', 'blockquote', 'ul', 'ol', 'li', 'a', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'thead', 'tbody', 'tr', 'th', 'td'];
const ALLOWED_ATTR = ['href', 'title', 'target', 'rel'];

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * A Markdown renderer for notes. Raw HTML in a note is shown as the text it is (never parsed as
 * HTML), images become their alt text (no remote loads), and only http(s)/mailto links stay links.
 */
const marked = new Marked({
  gfm: true,
  breaks: true,
  async: false,
  renderer: {
    html: ({ text }) => escapeHtml(text),
    image: ({ text }) => escapeHtml(text ? `[image: ${text}]` : '[image]'),
    link({ href, title, tokens }) {
      const label = this.parser.parseInline(tokens);
      if (!SAFE_LINK.test(href.trim())) return label;
      return `<a href="${escapeHtml(href)}"${title ? ` title="${escapeHtml(title)}"` : ''}>${label}</a>`;
    },
  },
});

let hooked = false;

/** Opens every link in a new tab without giving it this page (window.opener) or a referrer. */
function hookLinks(): void {
  if (hooked) return;
  hooked = true;
  DOMPurify.addHook('afterSanitizeAttributes', (node) => {
    if (node.tagName === 'A') {
      const href = node.getAttribute('href') ?? '';
      if (!SAFE_LINK.test(href)) node.removeAttribute('href');
      node.setAttribute('target', '_blank');
      node.setAttribute('rel', 'noopener noreferrer nofollow');
    }
  });
}

/** A note ready to show: sanitized HTML, or its own text with the reason it is not formatted. */
export type RenderedNote = { kind: 'html'; html: string } | { kind: 'text'; text: string; reason: string };

/**
 * The deepest element nesting a rendered note may have. The source limits (note-limits.ts) keep
 * notes well inside it; this is the last check, on what the parser actually produced.
 */
const MAX_HTML_DEPTH = MAX_NOTE_NESTING * 3;

const TAG = /<(\/?)([a-z][a-z0-9]*)\b[^>]*?(\/?)>/gi;
const VOID_TAGS = new Set(['br', 'hr', 'img', 'input']);

/** The deepest nesting of elements in an HTML string (a linear scan, no parsing). */
export function htmlDepth(html: string): number {
  let depth = 0;
  let deepest = 0;
  for (const [, closing, name, selfClosing] of html.matchAll(TAG)) {
    if (closing) depth = Math.max(0, depth - 1);
    else if (!selfClosing && !VOID_TAGS.has((name ?? '').toLowerCase())) deepest = Math.max(deepest, ++depth);
  }
  return deepest;
}

const TOO_COMPLEX = 'This note could not be formatted, so it is shown as plain text.';

/** Rendered notes by their text: a card re-rendered (scrolled back into view, filtered) does not parse again. */
const cache = new Map<string, RenderedNote>();
/** How many rendered notes are kept; the oldest goes first. */
const CACHE_SIZE = 500;

function render(markdown: string): RenderedNote {
  const format = noteFormat(markdown);
  if (format.kind === 'text') return { kind: 'text', text: markdown, reason: format.reason };
  try {
    const html = marked.parse(markdown) as string;
    if (htmlDepth(html) > MAX_HTML_DEPTH) return { kind: 'text', text: markdown, reason: TOO_COMPLEX };
    return { kind: 'html', html: DOMPurify.sanitize(html, { ALLOWED_TAGS, ALLOWED_ATTR, ALLOWED_URI_REGEXP: SAFE_LINK }) };
  } catch {
    // A parser that still runs out of stack (or fails otherwise) costs the formatting, never the note.
    return { kind: 'text', text: markdown, reason: TOO_COMPLEX };
  }
}

/**
 * Renders a note's Markdown to sanitized HTML. The renderer already refuses raw HTML and unsafe
 * links; DOMPurify is the second lock, with an allow-list of tags and attributes, so a mistake in
 * one layer does not become script in the page. A note too long or too deeply nested to format
 * (note-limits.ts), or one the parser fails on, comes back as its text with the reason; this
 * never throws. Results are cached by the note's text.
 */
export function renderNoteMarkdown(markdown: string): RenderedNote {
  hookLinks();
  const cached = cache.get(markdown);
  if (cached) return cached;
  const rendered = render(markdown);
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  cache.set(markdown, rendered);
  return rendered;
}
