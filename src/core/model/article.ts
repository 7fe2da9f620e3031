/**
 * An article as the reader shows it: a title and a list of blocks. The annotatable text is the
 * title and the blocks' text joined by BLOCK_SEPARATOR, exactly as the reader renders it into
 * its `<article>` element, so offsets computed here and in the browser agree.
 */
export type ArticleBlock =
  | ({ kind: 'paragraph' } & BlockText)
  | ({ kind: 'heading' } & BlockText)
  | ({ kind: 'quote' } & BlockText)
  | ({ kind: 'caption' } & BlockText)
  | ({ kind: 'byline' } & BlockText)
  | ({ kind: 'smallprint' } & BlockText)
  /** One item of a list; consecutive items with the same `ordered` render as one list. */
  | ({ kind: 'list-item'; ordered: boolean } & BlockText)
  /** A picture, shown as a placeholder with its alt text until the reader allows its host; `text` is its caption (may be empty). */
  | ({ kind: 'image'; image: ArticleImage } & BlockText);

/** A picture of an article: its address (absolute http(s), when it had one) and its alt text. Never part of the annotatable text. */
export interface ArticleImage {
  src?: string;
  alt: string;
}

/** The kinds of block an article may hold. */
export const BLOCK_KINDS: readonly ArticleBlock['kind'][] = ['paragraph', 'heading', 'quote', 'caption', 'byline', 'smallprint', 'list-item', 'image'];

/**
 * Emphasis or a link over part of a block's text, in UTF-16 offsets into `text`. Marks only
 * style the text; they never add or remove any, so the annotatable text stays `text`. A link's
 * `href` is always an absolute http(s) URL.
 */
export interface InlineMark {
  kind: 'em' | 'strong' | 'link';
  start: number;
  end: number;
  href?: string;
}

interface BlockText {
  text: string;
  marks?: InlineMark[];
}

export interface ArticleSource {
  /** Who wrote or first published it, e.g. "Press TV". */
  name: string;
  /** Who republished it, e.g. "Global Research". */
  republishedBy?: string;
  url?: string;
}

export interface Article {
  id: string;
  /** IRI used as the W3C target `source`. */
  iri: string;
  /** What the article is called (the library, the exports); the reader may correct it (article-details.ts). */
  title: string;
  /** The headline the text was made with, when the reader has since corrected `title`: the reading view prints it and the text keeps it. */
  headline?: string;
  source?: ArticleSource;
  /** ISO date of first publication, when known. */
  published?: string;
  /** The text's language (BCP 47) and direction, as the page declared them. */
  lang?: string;
  dir?: 'ltr' | 'rtl';
  /** What was simplified on the way in (formulas shown as their text, embedded media left out), said to the reader. */
  simplified?: string[];
  blocks: ArticleBlock[];
}

/** Separator the reader renders between blocks (invisible in HTML, present in textContent). */
export const BLOCK_SEPARATOR = '\n\n';

/** The headline printed at the top of the text: the article's own, whatever it is now called. */
export function headlineOf(article: Pick<Article, 'title' | 'headline'>): string {
  return article.headline ?? article.title;
}

/** The annotatable text of an article: what `<article>.textContent` holds once rendered. */
export function articleText(article: Pick<Article, 'title' | 'headline' | 'blocks'>): string {
  return [headlineOf(article), ...article.blocks.filter(hasText).map((b) => b.text)].join(BLOCK_SEPARATOR);
}

/** False only for a picture without a caption: it adds no text, not even a separator. */
export function hasText(block: ArticleBlock): boolean {
  return block.kind !== 'image' || block.text !== '';
}

/** A file-name-safe slug of the title, for export file names. */
export function articleSlug(article: Pick<Article, 'title'>): string {
  const slug = article.title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return cutAtWord(slug, 60) || 'article';
}

/** `slug` cut to `max` characters at the end of a word (a hyphen) when there is one past half-way, else where it falls. */
function cutAtWord(slug: string, max: number): string {
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max + 1);
  const end = cut.lastIndexOf('-');
  return (end > max / 2 ? cut.slice(0, end) : slug.slice(0, max)).replace(/-+$/g, '');
}
