/**
 * An article as the reader shows it: a title and a list of blocks. The annotatable text is the
 * title and the blocks' text joined by BLOCK_SEPARATOR, exactly as the reader renders it into
 * its `<article>` element, so offsets computed here and in the browser agree.
 */
export type ArticleBlock =
  | { kind: 'paragraph'; text: string }
  | { kind: 'heading'; text: string }
  | { kind: 'quote'; text: string }
  | { kind: 'caption'; text: string }
  | { kind: 'byline'; text: string }
  | { kind: 'smallprint'; text: string };

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
  title: string;
  source?: ArticleSource;
  /** ISO date of first publication, when known. */
  published?: string;
  blocks: ArticleBlock[];
}

/** Separator the reader renders between blocks (invisible in HTML, present in textContent). */
export const BLOCK_SEPARATOR = '\n\n';

/** The annotatable text of an article: what `<article>.textContent` holds once rendered. */
export function articleText(article: Pick<Article, 'title' | 'blocks'>): string {
  return [article.title, ...article.blocks.map((b) => b.text)].join(BLOCK_SEPARATOR);
}

/** A file-name-safe slug of the title, for export file names. */
export function articleSlug(article: Pick<Article, 'title'>): string {
  const slug = article.title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');
  return slug || 'article';
}
