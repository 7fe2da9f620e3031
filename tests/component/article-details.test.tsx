import { renderHook, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { articleText } from '../../src/core/model/article';
import { withDetails } from '../../src/core/model/article-details';
import { useAnnotatableText } from '../../src/ui/reader/use-anchors';
import { getArticleDetails } from '../../src/storage/article-details';
import { articleFromText, articlesList, libraryServices, renderAppAt, resetAddress, storeArticle } from './library-helpers';
import { article as shipped } from './shipped-article';

afterEach(resetAddress);

const PAGE = 'Bridge vote | City Gazette live\n\nThe city council voted 7 to 2 on Tuesday to fund the bridge.';

describe('Article details', () => {
  it('leave the annotatable text as it was, the same object, so nothing is anchored again', () => {
    const { result, rerender } = renderHook(({ article }) => useAnnotatableText(article), { initialProps: { article: shipped } });
    const before = result.current;
    rerender({ article: withDetails(shipped, { title: 'Renamed', source: 'Press TV', address: 'https://presstv.ir/x', published: '' }) });
    expect(result.current).toBe(before);
  });

  it('renames the shipped article from the reader: the window, the kicker and the library follow, the headline and text stay', async () => {
    const services = libraryServices();
    const { user } = await renderAppAt('', services);
    const before = (await screen.findByRole('article')).textContent;
    await user.click(screen.getByRole('button', { name: 'Edit article details' }));
    const dialog = await screen.findByRole('dialog', { name: 'Article details' });
    const title = await within(dialog).findByLabelText('Title');
    expect(title).toHaveValue(shipped.title);
    expect(title).toHaveFocus();
    expect(within(dialog).getByLabelText('Source')).toHaveValue('Press TV');
    await user.clear(title);
    await user.type(title, 'US asked Russia to spare al-Nusra');
    await user.type(within(dialog).getByLabelText('Original address'), 'presstv.ir/Detail/2016/05/27');
    await user.type(within(dialog).getByLabelText('Published'), '2016-05-27');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(document.title).toBe('US asked Russia to spare al-Nusra · Marginalia'));
    const article = screen.getByRole('article');
    expect(within(article).getByRole('heading', { level: 1 })).toHaveTextContent(shipped.title);
    expect(article.textContent).toBe(before);
    const kicker = screen.getByText(/^listed as/).closest('p') as HTMLElement;
    expect(kicker).toHaveTextContent('listed as “US asked Russia to spare al-Nusra”');
    expect(kicker).toHaveTextContent('27 May 2016');
    expect(within(kicker).getByRole('link', { name: 'presstv.ir' })).toHaveAttribute('href', 'https://presstv.ir/Detail/2016/05/27');
    expect(await getArticleDetails(services.db, shipped.id)).toEqual({
      title: 'US asked Russia to spare al-Nusra',
      source: 'Press TV',
      address: 'https://presstv.ir/Detail/2016/05/27',
      published: '2016-05-27',
    });

    await user.click(screen.getByRole('button', { name: 'Library' }));
    const list = await articlesList();
    expect(await within(list).findByRole('link', { name: 'US asked Russia to spare al-Nusra' })).toBeInTheDocument();
  });

  it('says what is wrong and saves nothing while a field does not check out', async () => {
    const services = libraryServices();
    const { user } = await renderAppAt('', services);
    await user.click(await screen.findByRole('button', { name: 'Edit article details' }));
    const dialog = await screen.findByRole('dialog', { name: 'Article details' });
    await user.clear(await within(dialog).findByLabelText('Title'));
    await user.type(within(dialog).getByLabelText('Original address'), 'javascript:alert(1)');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(within(dialog).getByLabelText('Title')).toHaveAccessibleDescription(/An article needs a title\./);
    expect(within(dialog).getByLabelText('Original address')).toHaveAttribute('aria-invalid', 'true');
    expect(await getArticleDetails(services.db, shipped.id)).toBeNull();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await getArticleDetails(services.db, shipped.id)).toBeNull();
  });

  it('corrects an opened article’s title from the library, and “Use the page’s own details” brings the old one back', async () => {
    const services = libraryServices();
    const page = articleFromText(PAGE, undefined, 'City Gazette');
    await storeArticle(services, page, '2026-04-02T10:00:00.000Z');
    const { user } = await renderAppAt('#/library', services);
    const list = await articlesList();
    await user.click(await within(list).findByRole('button', { name: 'Details of “Bridge vote | City Gazette live”' }));
    const dialog = await screen.findByRole('dialog', { name: 'Article details' });
    // The dialog opens at once and reads the article and its details from storage.
    const title = await within(dialog).findByLabelText('Title');
    expect(dialog).toHaveTextContent('the reading view keeps the page’s own headline, “Bridge vote | City Gazette live”');
    await user.clear(title);
    await user.type(title, 'Bridge vote{Enter}');
    expect(await within(list).findByRole('link', { name: 'Bridge vote' })).toBeInTheDocument();
    expect(await screen.findByText('Details saved. The article is listed as “Bridge vote”.')).toBeInTheDocument();

    await user.click(within(list).getByRole('button', { name: 'Details of “Bridge vote”' }));
    const again = await screen.findByRole('dialog', { name: 'Article details' });
    expect(await within(again).findByLabelText('Title')).toHaveValue('Bridge vote');
    await user.click(within(again).getByRole('button', { name: 'Use the page’s own details' }));
    expect(await within(list).findByRole('link', { name: 'Bridge vote | City Gazette live' })).toBeInTheDocument();
    expect(await getArticleDetails(services.db, page.id)).toBeNull();
    // The stored text was never touched.
    expect(articleText((await services.db.articles.get(page.id))!)).toBe(articleText(page));
  });
});
