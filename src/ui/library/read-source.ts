import type { ArticleDraft } from '../../core/library/article-draft';
import type { ParseResult } from '../../core/model/parse-article';
import { parseTextOffMainThread } from './parse-in-worker';

/** What the reader gave the `Open article` dialog: pasted text, or a chosen or dropped file. */
export type ArticleInput = { kind: 'text'; text: string } | { kind: 'file'; file: File };

/** The file types the dialog accepts (for the file input's `accept`). */
export const ACCEPTED_FILES = '.txt,.text,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html';

/** The largest file opened: far beyond any article, small enough that a mistaken choice (a video) is refused at once. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

type FileKind = 'text' | 'markdown' | 'html';

/** What kind of file this is, by its extension first and its type second; null when it is none we read. */
export function fileKindOf(file: Pick<File, 'name' | 'type'>): FileKind | null {
  const ext = /\.([^.]+)$/.exec(file.name)?.[1]?.toLowerCase();
  if (ext === 'txt' || ext === 'text') return 'text';
  if (ext === 'md' || ext === 'markdown') return 'markdown';
  if (ext === 'html' || ext === 'htm' || ext === 'xhtml') return 'html';
  if (file.type === 'text/html' || file.type === 'application/xhtml+xml') return 'html';
  if (file.type === 'text/markdown') return 'markdown';
  if (file.type === 'text/plain') return 'text';
  return null;
}

/** Pasted text that is a whole HTML page (as saved or copied from a page's source). */
const HTML_PAGE = /^\s*(?:<!doctype\s+html|<html[\s>])/i;

/**
 * Reads the dialog's input into a draft article: text and Markdown in a worker, HTML through
 * the sanitizer. Never throws for bad input: an unsupported, empty, unreadable or oversized file
 * gives a message that says what to do. Rejects only when `signal` aborts.
 */
export async function readArticleInput(input: ArticleInput, signal?: AbortSignal): Promise<ParseResult<ArticleDraft>> {
  if (input.kind === 'text') {
    if (HTML_PAGE.test(input.text)) return parseHtml(input.text, undefined, signal);
    return parseTextOffMainThread({ text: input.text, format: 'auto' }, signal);
  }
  const { file } = input;
  const kind = fileKindOf(file);
  if (!kind) {
    return { ok: false, error: `“${file.name}” is not a text, Markdown or HTML file. Choose a .txt, .md or .html file, or paste the article’s text.` };
  }
  if (file.size > MAX_FILE_BYTES) {
    return { ok: false, error: `“${file.name}” is ${megabytes(file.size)}; Marginalia opens files up to ${megabytes(MAX_FILE_BYTES)}. Save only the article, or paste its text.` };
  }
  let text: string;
  try {
    text = await file.text();
  } catch (error) {
    return { ok: false, error: `“${file.name}” could not be read (${error instanceof Error ? error.message : String(error)}). Choose it again, or paste its text.` };
  }
  signal?.throwIfAborted();
  if (kind === 'html') return parseHtml(text, file.name, signal);
  return parseTextOffMainThread({ text, format: kind === 'markdown' ? 'markdown' : 'auto', fileName: file.name }, signal);
}

async function parseHtml(html: string, fileName: string | undefined, signal?: AbortSignal): Promise<ParseResult<ArticleDraft>> {
  // Loaded on demand: DOMPurify and the reducer cost nothing until an HTML file is opened.
  const { draftFromHtml } = await import('./reduce-html');
  // Between batches (and before the first) the page paints and responds; a newer input aborts.
  const pause = async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
    signal?.throwIfAborted();
  };
  await pause();
  return draftFromHtml(html, fileName, pause);
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;
}
