import { describe, expect, it } from 'vitest';
import { articleSlug, articleText, BLOCK_SEPARATOR } from '../../src/core/model/article';
import { shippedArticle, shippedText } from '../support/shipped-article';

describe('articleText', () => {
  it('joins the title and the blocks with BLOCK_SEPARATOR', () => {
    expect(BLOCK_SEPARATOR).toBe('\n\n');
    const text = articleText({ title: 'Title', blocks: [{ kind: 'paragraph', text: 'One.' }, { kind: 'caption', text: 'Two' }] });
    expect(text).toBe('Title\n\nOne.\n\nTwo');
  });

  it('is the title alone for an article without blocks', () => {
    expect(articleText({ title: 'Only a title', blocks: [] })).toBe('Only a title');
  });

  it('keeps every block of the shipped article, in order, byline and small print included', () => {
    expect(shippedText.startsWith(`${shippedArticle.title}\n\nThe United States has asked Russia`)).toBe(true);
    expect(shippedText.split(BLOCK_SEPARATOR)).toEqual([shippedArticle.title, ...shippedArticle.blocks.map((b) => b.text)]);
    expect(shippedText).toContain('\n\nArticles by: Press TV\n\nDisclaimer:');
    expect(shippedText.endsWith('For media inquiries: [email\u00a0protected]')).toBe(true);
  });
});

describe('articleSlug', () => {
  it('lower-cases the title and joins its words with hyphens', () => {
    expect(articleSlug({ title: 'Lavrov Says: “Stop!”' })).toBe('lavrov-says-stop');
  });

  it('drops accents instead of the accented letters', () => {
    expect(articleSlug({ title: 'Résumé of the Zürich café talks' })).toBe('resume-of-the-zurich-cafe-talks');
  });

  it('cuts long titles to 60 characters at the end of a word, without a trailing hyphen', () => {
    expect(articleSlug(shippedArticle)).toBe('washington-asked-moscow-to-stop-attacking-al-nusra');
    expect(articleSlug({ title: 'x'.repeat(70) })).toBe('x'.repeat(60));
    const slug = articleSlug({ title: 'aaaa '.repeat(12) + 'b' });
    expect(slug).toBe('aaaa-aaaa-aaaa-aaaa-aaaa-aaaa-aaaa-aaaa-aaaa-aaaa-aaaa-aaaa');
    expect(slug.length).toBeLessThanOrEqual(60);
  });

  it('falls back to "article" when no letter or digit of a-z, 0-9 is left', () => {
    expect(articleSlug({ title: '— … —' })).toBe('article');
    expect(articleSlug({ title: 'Москва' })).toBe('article');
  });
});
