import type { ArticleDraft } from '../../core/library/article-draft';
import type { ParseResult } from '../../core/model/parse-article';
import type { ExtractAnswer, ExtractRequest } from './extract-worker';
import { MAX_FILE_BYTES } from './max-file-bytes';
import { parseTextOffMainThread } from './parse-in-worker';
import { runInWorker } from './run-in-worker';

/**
 * What the reader gave the `Open article` dialog: pasted or typed text, HTML (pasted from a page,
 * or sent by the bookmarklet with the page's address), or a chosen or dropped file.
 */
export type ArticleInput = { kind: 'text'; text: string } | { kind: 'html'; html: string; address?: string; name?: string; keepAll?: boolean } | { kind: 'file'; file: File };

/** How far a read has come, from 0 to 1, for the dialog's progress bar. */
export type ProgressListener = (fraction: number) => void;

/** The file types the dialog accepts (for the file input's `accept`). */
export const ACCEPTED_FILES = '.txt,.text,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html';

// In its own module: the first page reads it (a sent page's cap) without the readers here.
export { MAX_FILE_BYTES };

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
export async function readArticleInput(input: ArticleInput, signal?: AbortSignal, onProgress?: ProgressListener): Promise<ParseResult<ArticleDraft>> {
  if (input.kind === 'text') {
    if (HTML_PAGE.test(input.text)) return parseHtml({ html: input.text }, undefined, signal, onProgress);
    return parseTextOffMainThread({ text: input.text, format: 'auto' }, signal);
  }
  if (input.kind === 'html') {
    if (input.html.length > MAX_FILE_BYTES) return { ok: false, error: `The page is ${megabytes(input.html.length)}; Marginalia opens pages up to ${megabytes(MAX_FILE_BYTES)}. Save only the article, or paste its text.` };
    return parseHtml({ html: input.html, ...(input.address ? { address: input.address } : {}), ...(input.keepAll ? { keepAll: true } : {}) }, input.name, signal, onProgress);
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
    const binary = describeBinary(new Uint8Array(await file.slice(0, SNIFF_BYTES).arrayBuffer()));
    if (binary) return { ok: false, error: `“${file.name}” is ${binary}, not text, whatever its name says. Open the article itself as a .txt, .md or .html file, or paste its text.` };
    text = await file.text();
  } catch (error) {
    return { ok: false, error: `“${file.name}” could not be read (${error instanceof Error ? error.message : String(error)}). Choose it again, or paste its text.` };
  }
  signal?.throwIfAborted();
  if (kind === 'html') return parseHtml({ html: text }, file.name, signal, onProgress);
  return parseTextOffMainThread({ text, format: kind === 'markdown' ? 'markdown' : 'auto', fileName: file.name }, signal);
}

async function parseHtml(request: ExtractRequest, name: string | undefined, signal?: AbortSignal, onProgress?: ProgressListener): Promise<ParseResult<ArticleDraft>> {
  // Loaded on demand: DOMPurify, Readability and the reducer cost nothing until a page is opened.
  const answer = await runInWorker<ExtractRequest, ExtractAnswer>({
    start: () => new Worker(new URL('./extract-worker.ts', import.meta.url), { type: 'module', name: 'marginalia-extract' }),
    request,
    signal,
    onProgress,
    here: async () => {
      const [{ extractArticle }, { normalizeInput }] = await Promise.all([import('./extract-article'), import('../../core/library/normalize-text')]);
      const doc = new DOMParser().parseFromString(normalizeInput(request.html), 'text/html');
      return { ok: true, value: extractArticle(doc, request.address, request.keepAll) };
    },
  });
  if (!answer.ok) return answer;
  const { draftFromExtraction } = await import('./reduce-html');
  signal?.throwIfAborted();
  // Between chunks the page paints and responds; a newer input aborts.
  const chunks = answer.value.chunks.length;
  let done = 0;
  return draftFromExtraction(answer.value, name, async () => {
    done += 1;
    onProgress?.(0.5 + (0.5 * done) / Math.max(chunks, 1));
    await new Promise((resolve) => setTimeout(resolve, 0));
    signal?.throwIfAborted();
  });
}

/** How many bytes of a file are looked at to tell text from a binary file. */
const SNIFF_BYTES = 1024;

/**
 * What a file is when its first bytes say it is not text (a PDF, an image, an archive, an office
 * document, or anything with NUL bytes), else null. The name is not trusted: a PDF renamed .html
 * is still a PDF.
 */
export function describeBinary(bytes: Uint8Array): string | null {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (starts(0x25, 0x50, 0x44, 0x46, 0x2d)) return 'a PDF document';
  if (starts(0x89, 0x50, 0x4e, 0x47)) return 'a PNG image';
  if (starts(0xff, 0xd8, 0xff)) return 'a JPEG image';
  if (starts(0x47, 0x49, 0x46, 0x38)) return 'a GIF image';
  if (starts(0x52, 0x49, 0x46, 0x46) && bytes[8] === 0x57 && bytes[9] === 0x45) return 'a WebP image';
  if (starts(0x50, 0x4b, 0x03, 0x04) || starts(0x50, 0x4b, 0x05, 0x06)) return 'a zip archive (or an office document, which is one)';
  if (starts(0x1f, 0x8b)) return 'a compressed (gzip) file';
  if (starts(0xd0, 0xcf, 0x11, 0xe0)) return 'an old Office document';
  // UTF-16 text starts with its byte-order mark and has NULs; anything else with NULs is binary.
  if (starts(0xff, 0xfe) || starts(0xfe, 0xff)) return null;
  if (bytes.includes(0)) return 'a binary file';
  return null;
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;
}
