import DOMPurify from 'dompurify';
import { Marked } from 'marked';

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

/**
 * Renders a note's Markdown to sanitized HTML. The renderer already refuses raw HTML and unsafe
 * links; DOMPurify is the second lock, with an allow-list of tags and attributes, so a mistake in
 * one layer does not become script in the page.
 */
export function renderNoteMarkdown(markdown: string): string {
  hookLinks();
  const html = marked.parse(markdown) as string;
  return DOMPurify.sanitize(html, { ALLOWED_TAGS, ALLOWED_ATTR, ALLOWED_URI_REGEXP: SAFE_LINK });
}
