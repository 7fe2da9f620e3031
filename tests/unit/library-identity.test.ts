import { describe, expect, it } from 'vitest';
import { draftFromBlocks } from '../../src/core/library/article-draft';
import { articleIdOf, identityText, normalizeInput } from '../../src/core/library/normalize-text';
import { parseTextSource } from '../../src/core/library/parse-text';
import type { ArticleBlock } from '../../src/core/model/article';

function idOf(text: string): string {
  const result = parseTextSource({ text, format: 'auto' });
  if (!result.ok) throw new Error(result.error);
  return result.value.id;
}

const TEXT = 'Café talks resume\n\nThe ministers met in Genève on Monday.\n\nThey will meet again in March.';

describe('normalizeInput', () => {
  it('unifies line endings, removes byte-order marks and zero-width spaces, trims line ends, and composes accents', () => {
    expect(normalizeInput('\uFEFFa  \r\nb\t\rc\u200B\n')).toBe('a\nb\nc\n');
    expect(normalizeInput('Cafe\u0301')).toBe('Café');
  });
});

describe('article identity', () => {
  it('is a hash of the text: `h-` and 32 hex digits', () => {
    expect(idOf(TEXT)).toMatch(/^h-[0-9a-f]{32}$/);
  });

  it('is the same for the same words arrived by another road', () => {
    const id = idOf(TEXT);
    expect(idOf(TEXT.replace(/\n/g, '\r\n'))).toBe(id);
    expect(idOf(TEXT.normalize('NFD'))).toBe(id);
    expect(idOf(`\uFEFF${TEXT.replace(/\n\n/g, '   \n\n')}\n\n\n`)).toBe(id);
    expect(idOf(TEXT.replace('in Genève on', 'in Genève\non'))).toBe(id);
    expect(idOf(TEXT.replace('met in', 'met\u00A0in'))).toBe(id);
  });

  it('differs when a word differs', () => {
    expect(idOf(TEXT.replace('March', 'April'))).not.toBe(idOf(TEXT));
  });

  it('does not depend on the title, which the reader may edit, nor on block kinds', () => {
    const blocks = [
      { kind: 'paragraph' as const, text: 'One.' },
      { kind: 'paragraph' as const, text: 'Two.' },
    ];
    const a = draftFromBlocks(blocks, { title: 'First title', fallbackTitle: 'x', emptyMessage: 'x' });
    const b = draftFromBlocks(blocks, { title: 'Another title', fallbackTitle: 'x', emptyMessage: 'x' });
    expect(a.ok && b.ok && a.value.id === b.value.id).toBe(true);
    const otherKinds: ArticleBlock[] = [
      { kind: 'heading', text: 'One.' },
      { kind: 'quote', text: 'Two.' },
    ];
    expect(articleIdOf(otherKinds)).toBe(articleIdOf(blocks));
  });

  it('reads the text of the blocks only', () => {
    expect(identityText([{ text: ' a  b ' }, { text: '' }, { text: 'c\n d' }])).toBe('a b\n\nc d');
  });
});
