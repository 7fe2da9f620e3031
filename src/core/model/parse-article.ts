import { BLOCK_KINDS as KINDS, type Article, type ArticleBlock, type InlineMark } from './article';

export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: string };

const BLOCK_KINDS: ReadonlySet<string> = new Set(KINDS);
const MARK_KINDS: ReadonlySet<string> = new Set(['em', 'strong', 'link']);
/** More notes than this about what was simplified is not something an article made here has. */
const MAX_SIMPLIFIED = 10;

/** Checks an article file's JSON; returns the article or a message saying what is wrong. Never throws. */
export function parseArticle(input: unknown): ParseResult<Article> {
  if (!isRecord(input)) return { ok: false, error: 'The article file is not a JSON object.' };
  const { id, iri, title, blocks, source, published, lang, dir, simplified } = input;
  if (typeof id !== 'string' || id === '') return { ok: false, error: 'The article has no id.' };
  if (typeof iri !== 'string' || iri === '') return { ok: false, error: 'The article has no IRI.' };
  if (typeof title !== 'string' || title.trim() === '') return { ok: false, error: 'The article has no title.' };
  if (!Array.isArray(blocks)) return { ok: false, error: 'The article has no list of blocks.' };
  const parsed: ArticleBlock[] = [];
  for (const [i, block] of blocks.entries()) {
    if (!isRecord(block) || typeof block.kind !== 'string' || !BLOCK_KINDS.has(block.kind) || typeof block.text !== 'string') {
      return { ok: false, error: `Block ${i + 1} of the article is not a known kind of text block.` };
    }
    const out = { kind: block.kind, text: block.text } as ArticleBlock;
    if (out.kind === 'list-item') out.ordered = block.ordered === true;
    if (out.kind === 'image') {
      const image = block.image;
      if (!isRecord(image)) return { ok: false, error: `Block ${i + 1} of the article is an image without its description.` };
      const alt = typeof image.alt === 'string' ? image.alt : '';
      out.image = typeof image.src === 'string' && /^https?:\/\//i.test(image.src) ? { src: image.src, alt } : { alt };
    }
    if (block.marks !== undefined) {
      const marks = parseMarks(block.marks, block.text.length);
      if (!marks) return { ok: false, error: `Block ${i + 1} of the article has emphasis or a link outside its text.` };
      if (marks.length > 0) out.marks = marks;
    }
    parsed.push(out);
  }
  const article: Article = { id, iri, title, blocks: parsed };
  if (isRecord(source) && typeof source.name === 'string') {
    article.source = { name: source.name };
    if (typeof source.republishedBy === 'string') article.source.republishedBy = source.republishedBy;
    if (typeof source.url === 'string') article.source.url = source.url;
  }
  if (typeof published === 'string') article.published = published;
  if (typeof lang === 'string' && lang !== '') article.lang = lang;
  if (dir === 'ltr' || dir === 'rtl') article.dir = dir;
  // What was simplified on the way in is said every time the article is read, not only the first.
  if (Array.isArray(simplified)) {
    const notes = simplified.filter((n): n is string => typeof n === 'string' && n.trim() !== '').slice(0, MAX_SIMPLIFIED);
    if (notes.length > 0) article.simplified = notes;
  }
  return { ok: true, value: article };
}

/** The block's inline marks, or null when one is malformed, outside the text, or links anywhere but http(s). */
function parseMarks(input: unknown, length: number): InlineMark[] | null {
  if (!Array.isArray(input)) return null;
  const marks: InlineMark[] = [];
  for (const m of input) {
    if (!isRecord(m) || typeof m.kind !== 'string' || !MARK_KINDS.has(m.kind)) return null;
    const { start, end } = m;
    if (!Number.isInteger(start) || !Number.isInteger(end) || (start as number) < 0 || (end as number) > length || (start as number) >= (end as number)) return null;
    const mark: InlineMark = { kind: m.kind as InlineMark['kind'], start: start as number, end: end as number };
    if (mark.kind === 'link') {
      if (typeof m.href !== 'string' || !/^https?:\/\//i.test(m.href)) return null;
      mark.href = m.href;
    }
    marks.push(mark);
  }
  return marks;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
