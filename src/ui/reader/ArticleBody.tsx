import { Fragment, memo, useMemo, type ReactNode } from 'react';
import type { Article, ArticleBlock } from '../../core/model/article';
import { BLOCK_SEPARATOR, hasText, headlineOf } from '../../core/model/article';
import { repeatedBlocks } from '../../core/model/repeated-blocks';
import './article-content.css';
import { ArticleImage } from './ArticleImage';
import { InlineText } from './InlineText';

/** Past this many blocks, blocks off screen skip rendering (`content-visibility: auto`), so long articles stay quick. */
const LONG_ARTICLE_BLOCKS = 150;

/**
 * A long article goes into the page a slice at a time, one slice per task, so that no single task
 * builds thousands of elements (the page paints and answers input in between): the first slice
 * fills the screen, each next one is bigger. A short article is one slice.
 */
export const FIRST_SLICE_GROUPS = 150;
export const SLICE_GROUPS = 500;

type ListItem = Extract<ArticleBlock, { kind: 'list-item' }>;

interface ArticleBodyProps {
  article: Article;
  /** Hosts whose images may load. */
  allowedHosts?: readonly string[];
  /** How many slices (sliceCountOf) are in the page so far; all of them when not given. */
  slices?: number;
}

/** How many slices an article's body is put into the page in. */
export function sliceCountOf(blocks: readonly ArticleBlock[]): number {
  return slicesOfBlocks(blocks).length;
}

/**
 * The article's text as HTML. Blocks are separated by BLOCK_SEPARATOR text nodes, which HTML
 * does not show but `textContent` keeps, so the DOM's text equals core's `articleText()` once
 * every slice is in. Memoised: it re-renders only when the text, the allowed hosts or the number
 * of slices change, never when annotations or the article's details do.
 */
export const ArticleBody = memo(ArticleBodyOf, (a, b) => a.slices === b.slices && a.allowedHosts === b.allowedHosts && sameText(a.article, b.article));

function sameText(a: Article, b: Article): boolean {
  return a.blocks === b.blocks && headlineOf(a) === headlineOf(b);
}

const NO_HOSTS: readonly string[] = [];

function ArticleBodyOf({ article, allowedHosts = NO_HOSTS, slices = Infinity }: ArticleBodyProps) {
  const { blocks } = article;
  const parts = slicesOfBlocks(blocks);
  const repeated = useMemo(() => repeatedBlocks(blocks), [blocks]);
  const lazy = blocks.length > LONG_ARTICLE_BLOCKS ? 'lazy-block' : undefined;
  return (
    <>
      <h1 className="article-title">{headlineOf(article)}</h1>
      {parts.slice(0, slices).map((groups, i) => (
        <BodySlice key={i} groups={groups} lazy={lazy} allowedHosts={allowedHosts} repeated={repeated} />
      ))}
    </>
  );
}

interface BodySliceProps {
  groups: readonly Group[];
  lazy: string | undefined;
  allowedHosts: readonly string[];
  repeated: ReadonlySet<number>;
}

/** One slice of the body; memoised, so putting in the next slice leaves the ones in the page alone. */
const BodySlice = memo(function BodySlice({ groups, lazy, allowedHosts, repeated }: BodySliceProps) {
  return groups.map((group) =>
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
  );
});

/** The slices of each article's blocks, made once per text: the reader counts them, the body renders them. */
const slicesByBlocks = new WeakMap<readonly ArticleBlock[], Group[][]>();

function slicesOfBlocks(blocks: readonly ArticleBlock[]): Group[][] {
  let parts = slicesByBlocks.get(blocks);
  if (!parts) slicesByBlocks.set(blocks, (parts = slicesOf(groupLists(blocks))));
  return parts;
}

/** The groups cut into slices: FIRST_SLICE_GROUPS, then SLICE_GROUPS at a time. */
function slicesOf(groups: readonly Group[]): Group[][] {
  const out = [groups.slice(0, FIRST_SLICE_GROUPS)];
  for (let at = FIRST_SLICE_GROUPS; at < groups.length; at += SLICE_GROUPS) out.push(groups.slice(at, at + SLICE_GROUPS));
  return out;
}

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
