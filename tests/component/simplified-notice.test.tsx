import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Article } from '../../src/core/model/article';
import { libraryServices, renderAppAt, resetAddress, storeArticle } from './library-helpers';

afterEach(resetAddress);

const page: Article = {
  id: 'maths-page',
  iri: 'urn:marginalia:article:maths-page',
  title: 'Standard deviation',
  simplified: ['2 formulas shown as text (TeX), as the page wrote them'],
  blocks: [{ kind: 'paragraph', text: 'It is denoted by \\sigma, then…' }],
};

describe('what was simplified on the way in', () => {
  it('is said above the text whenever the stored article is read again, not only when it was opened', async () => {
    const services = libraryServices();
    await storeArticle(services, page);
    await renderAppAt(`#/a/${page.id}`, services);
    const notice = await screen.findByText('Simplified from the original:');
    expect(notice.closest('p')).toHaveTextContent('Simplified from the original: 2 formulas shown as text (TeX), as the page wrote them.');
  });
});
