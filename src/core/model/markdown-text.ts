import { Lexer, type Token, type Tokens } from 'marked';
import { noteFormat } from './note-limits';

/** Decodes the few entities marked's lexer leaves escaped in token text. */
function decodeEntities(text: string): string {
  return text.replace(/&(?:#(\d+)|#x([0-9a-f]+)|(amp|lt|gt|quot|#39));/gi, (whole, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (dec) return String.fromCodePoint(Number(dec));
    if (hex) return String.fromCodePoint(parseInt(hex, 16));
    switch (name?.toLowerCase()) {
      case 'amp':
        return '&';
      case 'lt':
        return '<';
      case 'gt':
        return '>';
      case 'quot':
        return '"';
      case '#39':
        return "'";
      default:
        return whole;
    }
  });
}

function inline(tokens: readonly Token[] | undefined): string {
  if (!tokens) return '';
  return tokens.map(inlineToken).join('');
}

function inlineToken(token: Token): string {
  switch (token.type) {
    case 'br':
      return '\n';
    case 'image':
      return (token as Tokens.Image).text;
    case 'codespan':
      return decodeEntities((token as Tokens.Codespan).text);
    case 'html':
      // Raw HTML in a note is text, as the app shows it; the tags themselves are dropped.
      return (token as Tokens.HTML).text.replace(/<[^>]*>/g, '');
    case 'escape':
    case 'text':
      return 'tokens' in token && token.tokens ? inline(token.tokens) : decodeEntities((token as Tokens.Text).text);
    default:
      return 'tokens' in token && token.tokens ? inline(token.tokens) : decodeEntities('text' in token ? String(token.text) : '');
  }
}

function block(token: Token): string {
  switch (token.type) {
    case 'space':
    case 'hr':
      return '';
    case 'code':
      return (token as Tokens.Code).text;
    case 'list':
      return (token as Tokens.List).items.map((item) => `- ${item.tokens.map(block).filter(Boolean).join(' ')}`).join('\n');
    case 'table': {
      const t = token as Tokens.Table;
      const row = (cells: Tokens.TableCell[]) => cells.map((c) => inline(c.tokens)).join(' | ');
      return [row(t.header), ...t.rows.map(row)].join('\n');
    }
    case 'blockquote':
      return (token as Tokens.Blockquote).tokens.map(block).filter(Boolean).join('\n\n');
    case 'html':
      return (token as Tokens.HTML).text.replace(/<[^>]*>/g, '').trim();
    default:
      return 'tokens' in token && token.tokens ? inline(token.tokens) : decodeEntities('text' in token ? String(token.text) : '');
  }
}

/**
 * A note's Markdown as plain text, for places that take no markup (ClaimReview's
 * `ratingExplanation`, CSV cells, search snippets): emphasis and code marks dropped, links
 * reduced to their text, list items on lines of their own, paragraphs separated by a blank line.
 * Raw HTML loses its tags. Never throws.
 */
export function markdownToPlainText(md: string): string {
  // A note the renderer would not format (too long, too deep, too many marks) is its own text:
  // lexing it could take seconds, and this runs for search results, announcements and exports.
  if (noteFormat(md).kind === 'text') return md.trim();
  try {
    const tokens = new Lexer({ gfm: true, breaks: true }).lex(md);
    return tokens
      .map(block)
      .map((s) => s.trim())
      .filter(Boolean)
      .join('\n\n');
  } catch {
    return md.trim();
  }
}
