import { describe, expect, it } from 'vitest';
import type { ArticleBlock } from '../../src/core/model/article';
import { repeatedBlocks } from '../../src/core/model/repeated-blocks';
import { shippedArticle } from '../support/shipped-article';

describe('repeatedBlocks', () => {
  it('finds the shipped article’s photo caption printed twice (straight, then curly apostrophe), and nothing else', () => {
    const repeated = [...repeatedBlocks(shippedArticle.blocks)];
    expect(repeated).toHaveLength(1);
    const second = shippedArticle.blocks[repeated[0] as number] as ArticleBlock;
    expect(second.kind).toBe('caption');
    const first = shippedArticle.blocks.findIndex((b) => b.kind === 'caption');
    expect(first).toBeLessThan(repeated[0] as number);
    // Kept as published: the two copies differ in their apostrophe.
    expect(shippedArticle.blocks[first]?.text).not.toBe(second.text);
  });

  it('ignores short repeats and the same words in another kind of block; spacing, case and quote marks do not count', () => {
    const blocks: ArticleBlock[] = [
      { kind: 'paragraph', text: 'Share' },
      { kind: 'paragraph', text: 'Share' },
      { kind: 'heading', text: 'The war in Syria, five years on' },
      { kind: 'paragraph', text: 'The war in Syria, five years on' },
      { kind: 'paragraph', text: 'The  war in SYRIA, five years on ' },
      { kind: 'paragraph', text: 'The war in Syria, “five years” on' },
      { kind: 'paragraph', text: 'The war in Syria, "five years" on' },
    ];
    expect([...repeatedBlocks(blocks)]).toEqual([4, 6]);
  });
});
