import type { ArticleBlock } from '../model/article';
import type { ParseResult } from '../model/parse-article';
import { draftFromBlocks, TITLE_LINE_MAX, type ArticleDraft } from './article-draft';
import { normalizeInput } from './normalize-text';
import { markdownBlocks } from './parse-markdown';

/** How a text is read: as plain text, as Markdown, or by looking at it. */
export type TextFormat = 'text' | 'markdown' | 'auto';

export interface TextSource {
  text: string;
  format: TextFormat;
  /** The file it came from, if any: its name (without extension) is the title of last resort. */
  fileName?: string;
}

/** Signs that a text is written in Markdown; a bulleted list alone is not one (plain text has lists too). */
const MARKDOWN_SIGNS = [/^#{1,6}[ \t]+\S/m, /^(```|~~~)/m, /\[[^\]\n]+\]\([^)\s]+\)/, /(\*\*|__)\S[^\n]*?\S\1/, /^>[ \t]?\S/m];

/** A list item in plain text: `-`, `*`, `•` or a number with `.` or `)`, then a space. */
const BULLET = /^[ \t]*(?:[-*•‣◦]|\d{1,3}[.)])[ \t]+(?=\S)/;
const ORDERED = /^[ \t]*\d{1,3}[.)]/;

/** Ends of a line that show it is a sentence of running text rather than a heading. */
const RUNS_ON = /[.,;:!?…\-–—]$/;

/** True when the text shows Markdown syntax (headings, fences, links, strong emphasis, quotes). */
export function looksLikeMarkdown(text: string): boolean {
  return MARKDOWN_SIGNS.some((sign) => sign.test(text));
}

/**
 * A draft article from plain text or Markdown. The title is a leading `# heading` or the first
 * line (when short and followed by more text), else the file name, else "Pasted text". Refuses
 * an empty text with a message that says what to do.
 */
export function parseTextSource(source: TextSource): ParseResult<ArticleDraft> {
  const text = normalizeInput(source.text);
  const markdown = source.format === 'markdown' || (source.format === 'auto' && looksLikeMarkdown(text));
  const blocks = markdown ? markdownBlocks(text) : plainTextBlocks(text);
  return draftFromBlocks(blocks, {
    fallbackTitle: source.fileName ? titleFromFileName(source.fileName) : 'Pasted text',
    emptyMessage: source.fileName
      ? `The file “${source.fileName}” has no text in it. Choose another file, or paste the article’s text.`
      : 'There is no text to open. Paste the article’s text, or choose or drop a .txt, .md or .html file.',
  });
}

/**
 * The blocks of a plain text. Paragraphs are separated by blank lines, and the lines inside one
 * are joined (hard-wrapped text reads as running text); a text with no blank line at all has one
 * paragraph per line, as text copied from a web page often does. Lines that all start with a
 * bullet or a number are list items. A short first line that does not run on into the next
 * becomes a block of its own, so it can serve as the title.
 */
export function plainTextBlocks(text: string): ArticleBlock[] {
  const trimmed = text.replace(/^\n+|\n+$/g, '');
  if (trimmed === '') return [];
  const hasBlankLine = /\n[ \t]*\n/.test(trimmed);
  const groups = hasBlankLine ? trimmed.split(/\n[ \t]*\n+/) : trimmed.split('\n');
  const blocks: ArticleBlock[] = [];
  for (const [i, group] of groups.entries()) {
    const lines = group.split('\n').filter((line) => line.trim() !== '');
    if (lines.length === 0) continue;
    if (lines.every((line) => BULLET.test(line))) {
      for (const line of lines) blocks.push({ kind: 'list-item', ordered: ORDERED.test(line), text: collapse(line.replace(BULLET, '')) });
      continue;
    }
    if (i === 0 && lines.length > 1 && isTitleLine(lines[0] as string, lines[1] as string)) {
      blocks.push({ kind: 'paragraph', text: collapse(lines[0] as string) });
      lines.shift();
    }
    blocks.push({ kind: 'paragraph', text: collapse(lines.join(' ')) });
  }
  return blocks.filter((b) => b.text !== '');
}

/** A first line directly followed by text is a title when short, not ending like running text, and the next line starts a sentence. */
function isTitleLine(line: string, next: string): boolean {
  const text = line.trim();
  return text.length <= TITLE_LINE_MAX && !RUNS_ON.test(text) && /^\s*[\p{Lu}\p{N}“"‘'(]/u.test(next);
}

function collapse(text: string): string {
  return text.replace(/[ \t\n\r\f\v]+/g, ' ').trim();
}

/** A readable title from a file name: no extension, dashes and underscores as spaces. */
export function titleFromFileName(fileName: string): string {
  const stem = fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
  return stem.replace(/[-_]+/g, ' ').replace(/\s+/g, ' ').trim() || 'Untitled article';
}
