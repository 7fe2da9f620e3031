import type { ArticleInput } from './read-source';

/** A first line longer than this is a paragraph, not a title. */
const MAX_TITLE_CHARS = 120;

/**
 * What a paste from a web page opens as: the clipboard's HTML, read like a saved page (headings,
 * paragraphs, quotes and links kept, everything else sanitized) and kept whole (the reader chose
 * it), titled by its first heading or,
 * without one, its first short line. The fragment has no `<title>`, so that title is given as one.
 */
export function pastedHtmlInput(html: string, plain: string): ArticleInput {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const heading = doc.querySelector('h1, h2, h3')?.textContent?.replace(/\s+/g, ' ').trim();
  const firstLine = plain.trim().split(/\r?\n/)[0]?.trim() ?? '';
  const title = heading || (firstLine.length <= MAX_TITLE_CHARS ? firstLine : '');
  const titled = title ? `<title>${escapeText(title)}</title>${doc.body?.innerHTML ?? html}` : html;
  return { kind: 'html', html: titled, keepAll: true };
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
