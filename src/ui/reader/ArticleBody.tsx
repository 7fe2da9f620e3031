import { Fragment, memo, type ReactNode } from 'react';
import type { Article, ArticleBlock } from '../../core/model/article';
import { BLOCK_SEPARATOR } from '../../core/model/article';

/**
 * The article's text as HTML. Blocks are separated by BLOCK_SEPARATOR text nodes, which HTML
 * does not show but `textContent` keeps, so the DOM's text equals core's `articleText()`.
 * Memoised: it re-renders only when the article changes, never when annotations do.
 */
export const ArticleBody = memo(function ArticleBody({ article }: { article: Article }) {
  return (
    <>
      <h1 className="article-title">{article.title}</h1>
      {article.blocks.map((block, i) => (
        <Fragment key={i}>
          {BLOCK_SEPARATOR}
          {renderBlock(block)}
        </Fragment>
      ))}
    </>
  );
});

function renderBlock(block: ArticleBlock): ReactNode {
  switch (block.kind) {
    case 'paragraph':
      return <p>{block.text}</p>;
    case 'heading':
      return <h2>{block.text}</h2>;
    case 'quote':
      return <blockquote>{block.text}</blockquote>;
    case 'caption':
      return (
        <figure className="article-figure">
          <figcaption>{block.text}</figcaption>
        </figure>
      );
    case 'byline':
      return <p className="article-byline">{block.text}</p>;
    case 'smallprint':
      return <p className="article-smallprint">{block.text}</p>;
  }
}
