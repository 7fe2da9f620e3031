import { Fragment, memo, type ReactNode } from 'react';
import type { Article, ArticleBlock } from '../../core/model/article';
import { BLOCK_SEPARATOR, hasText, headlineOf } from '../../core/model/article';
import { repeatedBlocks } from '../../core/model/repeated-blocks';
import './article-content.css';
import { ArticleImage } from './ArticleImage';
import { InlineText } from './InlineText';

/** Past this many blocks, blocks off screen skip rendering (`content-visibility: auto`), so long articles stay quick. */
const LONG_ARTICLE_BLOCKS = 150;

type ListItem = Extract<ArticleBlock, { kind: 'list-item' }>;

/**
 * The article's text as HTML. Blocks are separated by BLOCK_SEPARATOR text nodes, which HTML
 * does not show but `textContent` keeps, so the DOM's text equals core's `articleText()`.
 * Memoised: it re-renders only when the article changes, never when annotations do.
 */
export const ArticleBody = memo(function ArticleBody({ article, allowedHosts = [] }: { article: Article; /** Hosts whose images may load. */ allowedHosts?: readonly string[] }) {
  const lazy = article.blocks.length > LONG_ARTICLE_BLOCKS ? 'lazy-block' : undefined;
  const repeated = repeatedBlocks(article.blocks);
  return (
    <>
      <h1 className="article-title">{headlineOf(article)}</h1>
      {groupLists(article.blocks).map((group) =>
        'items' in group ? (
          // A run of list items is one list; the separators sit between its items, so textContent is unchanged.
          <Fragment key={group.index}>
            {BLOCK_SEPARATOR}
            {renderList(group.items, lazy)}
          </Fragment>
        ) : (
          <Fragment key={group.index}>
            {hasText(group.block) && BLOCK_SEPARATOR}
            {renderBlock(group.block, lazy, allowedHosts, repeated.has(group.index))}
          </Fragment>
        ),
      )}
    </>
  );
});

type Group = { index: number; block: Exclude<ArticleBlock, ListItem> } | { index: number; items: ListItem[] };

/** The blocks with each run of list items of one kind (ordered or not) gathered into one group. */
function groupLists(blocks: readonly ArticleBlock[]): Group[] {
  const groups: Group[] = [];
  for (const [index, block] of blocks.entries()) {
    const last = groups[groups.length - 1];
    if (block.kind !== 'list-item') groups.push({ index, block });
    else if (last && 'items' in last && last.items[0]?.ordered === block.ordered) last.items.push(block);
    else groups.push({ index, items: [block] });
  }
  return groups;
}

function renderList(items: ListItem[], className: string | undefined): ReactNode {
  const children = items.map((item, i) => (
    <Fragment key={i}>
      {i > 0 && BLOCK_SEPARATOR}
      <li className={className}>
        <InlineText text={item.text} marks={item.marks} />
      </li>
    </Fragment>
  ));
  return items[0]?.ordered ? <ol className="article-list">{children}</ol> : <ul className="article-list">{children}</ul>;
}

/**
 * A repeated caption says so in CSS generated text (`data-repeated`, article-content.css): shown and
 * spoken, but not part of the article's textContent, so offsets and quotes are unchanged.
 */
function renderBlock(block: Exclude<ArticleBlock, ListItem>, className: string | undefined, allowedHosts: readonly string[], repeated: boolean): ReactNode {
  const text = <InlineText text={block.text} marks={block.marks} />;
  if (repeated && block.kind === 'caption') {
    return (
      <figure className="article-figure">
        <figcaption data-repeated="">{text}</figcaption>
      </figure>
    );
  }
  switch (block.kind) {
    case 'paragraph':
      return <p className={className}>{text}</p>;
    case 'heading':
      return <h2 className={className}>{text}</h2>;
    case 'quote':
      return <blockquote className={className}>{text}</blockquote>;
    case 'caption':
      return (
        <figure className="article-figure">
          <figcaption>{text}</figcaption>
        </figure>
      );
    case 'byline':
      return <p className="article-byline">{text}</p>;
    case 'smallprint':
      return <p className="article-smallprint">{text}</p>;
    case 'image':
      return (
        <figure className="article-figure article-image">
          <ArticleImage image={block.image} allowedHosts={allowedHosts} />
          {block.text !== '' && <figcaption>{text}</figcaption>}
        </figure>
      );
  }
}
