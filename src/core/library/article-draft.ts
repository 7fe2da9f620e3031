import type { Article, ArticleBlock, ArticleSource } from '../model/article';
import type { ParseResult } from '../model/parse-article';
import { articleIdOf, articleIriOf } from './normalize-text';

/** An article made from pasted text or a file, before the reader confirms its title and source. */
export interface ArticleDraft {
  /** The identity of its text (see articleIdOf): the same text always gives the same id. */
  id: string;
  /** The title found in the text or file, or the fallback; the reader may change it. */
  title: string;
  source?: ArticleSource;
  published?: string;
  lang?: string;
  dir?: 'ltr' | 'rtl';
  simplified?: string[];
  /** Set when no article could be told apart from the page around it, so the whole page was kept. */
  wholePage?: boolean;
  blocks: ArticleBlock[];
  /** How many words the blocks hold (counted where the draft is made: in the worker for text). */
  words: number;
}

/** What the text or file says about itself besides its blocks. */
export interface DraftHints {
  /** A title from the file's metadata (HTML `<title>`, `og:title`); the first heading otherwise. */
  title?: string;
  source?: ArticleSource;
  published?: string;
  lang?: string;
  dir?: 'ltr' | 'rtl';
  /** What was simplified on the way in, to tell the reader. */
  simplified?: string[];
  /** The title when nothing in the text can serve (e.g. the file's name). */
  fallbackTitle: string;
  /** The message when there is no text at all; it says what to do instead. */
  emptyMessage: string;
}

/** The longest first line taken as the title; a longer one is the start of the text, not its title. */
export const TITLE_LINE_MAX = 200;
/** A first paragraph ending like this is a sentence of the text, not a headline (which may end in ? or !). */
const ENDS_SENTENCE = /[.,;:]["”’)]?$/;

/** The longest title accepted, so a pasted paragraph cannot become a title by mistake. */
export const TITLE_MAX = 500;

/**
 * A draft article from blocks: the title is the metadata's (and a first block repeating it is
 * dropped), else a leading heading, else a short first paragraph that does not end like a
 * sentence and is followed by more text, else the
 * fallback. Refuses input with no text, with `hints.emptyMessage`.
 */
export function draftFromBlocks(input: readonly ArticleBlock[], hints: DraftHints): ParseResult<ArticleDraft> {
  const blocks = input.filter((b) => b.text.trim() !== '' || b.kind === 'image');
  if (!blocks.some((b) => b.text.trim() !== '')) return { ok: false, error: hints.emptyMessage };
  let title = clean(hints.title ?? '');
  let body = blocks;
  const first = blocks[0] as ArticleBlock;
  // The first block becomes the title only when text remains after it.
  if (blocks.length > 1) {
    if (title !== '') {
      if ((first.kind === 'heading' || first.kind === 'paragraph') && sameText(first.text, title)) body = blocks.slice(1);
    } else if (first.kind === 'heading' || (first.kind === 'paragraph' && first.text.length <= TITLE_LINE_MAX && !ENDS_SENTENCE.test(first.text.trim()))) {
      title = clean(first.text);
      body = blocks.slice(1);
    }
  }
  if (title === '') title = clean(hints.fallbackTitle) || 'Untitled article';
  const draft: ArticleDraft = { id: articleIdOf(body), title: title.slice(0, TITLE_MAX), blocks: body, words: countWords(body) };
  if (hints.source && hints.source.name.trim() !== '') draft.source = hints.source;
  if (hints.published) draft.published = hints.published;
  if (hints.lang) draft.lang = hints.lang;
  if (hints.dir) draft.dir = hints.dir;
  if (hints.simplified?.length) draft.simplified = hints.simplified;
  return { ok: true, value: draft };
}

/** What the reader typed in the dialog's `Title` and `Source` boxes. */
export interface DraftEdits {
  title: string;
  source: string;
}

/**
 * The article to store from a draft and the reader's edits. An emptied `Source` removes the
 * source; a `Title` must stay non-empty (it is the article's heading and part of its text).
 */
export function articleFromDraft(draft: ArticleDraft, edits: DraftEdits): ParseResult<Article> {
  const title = clean(edits.title);
  if (title === '') return { ok: false, error: 'Give the article a title: it is shown as its heading.' };
  if (title.length > TITLE_MAX) return { ok: false, error: `The title is ${title.length} characters long; shorten it to ${TITLE_MAX} or fewer.` };
  const article: Article = { id: draft.id, iri: articleIriOf(draft.id), title, blocks: draft.blocks };
  const sourceName = clean(edits.source);
  if (sourceName !== '') {
    article.source = { name: sourceName };
    if (draft.source?.url) article.source.url = draft.source.url;
  }
  if (draft.published) article.published = draft.published;
  if (draft.lang) article.lang = draft.lang;
  if (draft.dir) article.dir = draft.dir;
  if (draft.simplified?.length) article.simplified = draft.simplified;
  return { ok: true, value: article };
}

function countWords(blocks: readonly ArticleBlock[]): number {
  let words = 0;
  for (const b of blocks) words += b.text.match(/\S+/g)?.length ?? 0;
  return words;
}

function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function sameText(a: string, b: string): boolean {
  return clean(a).toLowerCase() === clean(b).toLowerCase();
}
