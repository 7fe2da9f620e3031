import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { articleText, type Article } from '../../src/core/model/article';
import { FIRST_SLICE_GROUPS, sliceCountOf, SLICE_GROUPS } from '../../src/ui/reader/ArticleBody';
import { libraryServices, renderAppAt, resetAddress, storeArticle } from './library-helpers';

afterEach(resetAddress);

const PARAGRAPHS = 2_000;
const long: Article = {
  id: 'long-report',
  iri: 'urn:marginalia:article:long-report',
  title: 'The long report',
  blocks: Array.from({ length: PARAGRAPHS }, (_, i) => ({ kind: 'paragraph' as const, text: `Paragraph ${i + 1} of the long report.` })),
};

describe('a long article', () => {
  it('is cut into one first slice that fills the screen, then slices of SLICE_GROUPS', () => {
    expect(sliceCountOf(long.blocks.slice(0, FIRST_SLICE_GROUPS))).toBe(1);
    expect(sliceCountOf(long.blocks.slice(0, FIRST_SLICE_GROUPS + 1))).toBe(2);
    expect(sliceCountOf(long.blocks)).toBe(1 + Math.ceil((PARAGRAPHS - FIRST_SLICE_GROUPS) / SLICE_GROUPS));
  });

  it('goes into the page a slice per task, and can be annotated once all of its text is in', async () => {
    const services = libraryServices();
    await storeArticle(services, long);
    // What the page held after each change, as the observer saw it (one callback per commit).
    const seen: Array<{ paragraphs: number; interactive: boolean }> = [];
    const observer = new MutationObserver(() => {
      const article = document.querySelector('article');
      if (article) seen.push({ paragraphs: article.querySelectorAll('p').length, interactive: article.hasAttribute('data-interactive') });
    });
    observer.observe(document.body, { childList: true, subtree: true, attributes: true });
    await renderAppAt(`#/a/${long.id}`, services);
    const article = await screen.findByRole('article');
    await waitFor(() => expect(article).toHaveAttribute('data-interactive'));
    observer.disconnect();
    const counts = [...new Set(seen.filter((s) => s.paragraphs > 0).map((s) => s.paragraphs))];
    expect(counts).toEqual(Array.from({ length: sliceCountOf(long.blocks) }, (_, i) => Math.min(PARAGRAPHS, FIRST_SLICE_GROUPS + i * SLICE_GROUPS)));
    // Not annotatable before its whole text is in.
    expect(seen.filter((s) => s.interactive).every((s) => s.paragraphs === PARAGRAPHS)).toBe(true);
    expect(article.querySelectorAll('p').length).toBe(PARAGRAPHS);
    expect(article.textContent).toBe(articleText(long));
  });
});
