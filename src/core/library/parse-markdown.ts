import { Lexer, type Token, type Tokens } from 'marked';
import type { ArticleBlock } from '../model/article';
import { decodeEntities } from './html-entities';
import { InlineBuilder } from './inline-builder';
import { safeLinkHref } from './safe-link';

type Kind = 'paragraph' | 'heading' | 'quote';

/** Raw HTML elements whose content is not reading text (in a Markdown file, it is shown as nothing). */
const HIDDEN_HTML = /<(script|style|template|iframe|noscript|object|svg|math)\b[\s\S]*?<\/\1\s*>/gi;

/**
 * The blocks of a Markdown text: headings, paragraphs, quotes and list items, with Markdown
 * syntax stripped and emphasis and http(s) links kept as marks. Raw HTML is reduced to its text;
 * images, rules and link definitions are dropped. Uses marked's lexer (CommonMark + GFM), which
 * copes with the many edge cases of Markdown that a hand-written splitter gets wrong.
 */
export function markdownBlocks(markdown: string): ArticleBlock[] {
  const blocks: ArticleBlock[] = [];
  walkBlocks(new Lexer({ gfm: true }).lex(markdown), blocks, null);
  return blocks;
}

function walkBlocks(tokens: readonly Token[], out: ArticleBlock[], inQuote: 'quote' | null): void {
  for (const token of tokens) {
    switch (token.type) {
      case 'heading':
        push(out, inQuote ?? 'heading', token.tokens ?? []);
        break;
      case 'paragraph':
        push(out, inQuote ?? 'paragraph', token.tokens ?? []);
        break;
      case 'text':
        // A loose text token at block level (inside list items and quotes).
        push(out, inQuote ?? 'paragraph', (token as Tokens.Text).tokens ?? [token]);
        break;
      case 'blockquote':
        walkBlocks((token as Tokens.Blockquote).tokens, out, 'quote');
        break;
      case 'list':
        walkList(token as Tokens.List, out);
        break;
      case 'code':
        pushText(out, inQuote ?? 'paragraph', (token as Tokens.Code).text);
        break;
      case 'html':
        pushText(out, inQuote ?? 'paragraph', htmlToText((token as Tokens.HTML).text));
        break;
      case 'table':
        walkTable(token as Tokens.Table, out);
        break;
      default:
        // space, hr, def: nothing to read.
        break;
    }
  }
}

function walkList(list: Tokens.List, out: ArticleBlock[]): void {
  for (const item of list.items) {
    const builder = new InlineBuilder();
    const nested: Token[] = [];
    for (const child of item.tokens) {
      if (child.type === 'text') inline(builder, (child as Tokens.Text).tokens ?? [child]);
      else if (child.type === 'paragraph') {
        if (!builder.isEmpty) builder.lineBreak();
        inline(builder, child.tokens ?? []);
      } else nested.push(child);
    }
    const { text, marks } = builder.finish();
    if (text !== '') out.push(withMarks({ kind: 'list-item', ordered: list.ordered, text }, marks));
    // Nested lists (and anything else inside the item) follow as blocks of their own.
    walkBlocks(nested, out, null);
  }
}

function walkTable(table: Tokens.Table, out: ArticleBlock[]): void {
  for (const row of [table.header, ...table.rows]) {
    const builder = new InlineBuilder();
    for (const [i, cell] of row.entries()) {
      if (i > 0) builder.text(' · ');
      inline(builder, cell.tokens);
    }
    const { text, marks } = builder.finish();
    if (text !== '') out.push(withMarks({ kind: 'paragraph', text }, marks));
  }
}

function push(out: ArticleBlock[], kind: Kind, tokens: readonly Token[]): void {
  const builder = new InlineBuilder();
  inline(builder, tokens);
  const { text, marks } = builder.finish();
  if (text !== '') out.push(withMarks({ kind, text }, marks));
}

function pushText(out: ArticleBlock[], kind: Kind, raw: string): void {
  const builder = new InlineBuilder();
  builder.text(raw);
  const { text } = builder.finish();
  if (text !== '') out.push({ kind, text });
}

/** Inline raw HTML that opens or closes an element whose content is hidden (`<script>` split over tokens). */
const HIDDEN_OPEN = /^<(script|style|template|iframe|noscript|object|svg|math)\b/i;
const HIDDEN_CLOSE = /^<\/(script|style|template|iframe|noscript|object|svg|math)\s*>/i;

function inline(builder: InlineBuilder, tokens: readonly Token[], hidden = { depth: 0 }): void {
  for (const token of tokens) {
    if (token.type === 'html') {
      const raw = (token as Tokens.HTML).text;
      if (HIDDEN_CLOSE.test(raw)) hidden.depth = Math.max(0, hidden.depth - 1);
      else if (HIDDEN_OPEN.test(raw) && !raw.includes('</')) hidden.depth += 1;
      else if (hidden.depth === 0) builder.text(htmlToText(raw));
      continue;
    }
    if (hidden.depth > 0) continue;
    switch (token.type) {
      case 'text': {
        const nested = (token as Tokens.Text).tokens;
        if (nested && nested.length > 0) inline(builder, nested, hidden);
        else builder.text(decodeEntities((token as Tokens.Text).text));
        break;
      }
      case 'escape':
      case 'codespan':
        builder.text((token as Tokens.Escape | Tokens.Codespan).text);
        break;
      case 'em':
      case 'strong': {
        const handle = builder.open(token.type);
        inline(builder, token.tokens ?? [], hidden);
        builder.close(handle);
        break;
      }
      case 'del':
        inline(builder, token.tokens ?? [], hidden);
        break;
      case 'link': {
        const href = safeLinkHref((token as Tokens.Link).href);
        const handle = href === null ? null : builder.open('link', href);
        inline(builder, token.tokens ?? [], hidden);
        if (handle !== null) builder.close(handle);
        break;
      }
      case 'br':
        builder.lineBreak();
        break;
      default:
        // image (no remote loads, and its alt text is not the article's text), and anything new.
        break;
    }
  }
}

/** The text of a raw HTML fragment in Markdown: hidden elements, comments and tags removed. */
function htmlToText(html: string): string {
  return decodeEntities(html.replace(HIDDEN_HTML, ' ').replace(/<!--[\s\S]*?-->/g, ' ').replace(/<[^>]*>/g, ''));
}

function withMarks<B extends ArticleBlock>(block: B, marks: ArticleBlock['marks'] & object): B {
  if (marks.length > 0) block.marks = marks;
  return block;
}
