import type { Article, ArticleBlock } from './article';

export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: string };

const BLOCK_KINDS: ReadonlySet<string> = new Set(['paragraph', 'heading', 'quote', 'caption', 'byline', 'smallprint']);

/** Checks an article file's JSON; returns the article or a message saying what is wrong. Never throws. */
export function parseArticle(input: unknown): ParseResult<Article> {
  if (!isRecord(input)) return { ok: false, error: 'The article file is not a JSON object.' };
  const { id, iri, title, blocks, source, published } = input;
  if (typeof id !== 'string' || id === '') return { ok: false, error: 'The article has no id.' };
  if (typeof iri !== 'string' || iri === '') return { ok: false, error: 'The article has no IRI.' };
  if (typeof title !== 'string' || title.trim() === '') return { ok: false, error: 'The article has no title.' };
  if (!Array.isArray(blocks)) return { ok: false, error: 'The article has no list of blocks.' };
  const parsed: ArticleBlock[] = [];
  for (const [i, block] of blocks.entries()) {
    if (!isRecord(block) || typeof block.kind !== 'string' || !BLOCK_KINDS.has(block.kind) || typeof block.text !== 'string') {
      return { ok: false, error: `Block ${i + 1} of the article is not a known kind of text block.` };
    }
    parsed.push({ kind: block.kind, text: block.text } as ArticleBlock);
  }
  const article: Article = { id, iri, title, blocks: parsed };
  if (isRecord(source) && typeof source.name === 'string') {
    article.source = { name: source.name };
    if (typeof source.republishedBy === 'string') article.source.republishedBy = source.republishedBy;
    if (typeof source.url === 'string') article.source.url = source.url;
  }
  if (typeof published === 'string') article.published = published;
  return { ok: true, value: article };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
