import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { articleFromText, articlesList, libraryServices, renderAppAt, resetAddress, storeArticle } from './library-helpers';

afterEach(() => resetAddress());

const PAGE = 'Bridge vote\n\nThe city council voted 7 to 2 on Tuesday to fund the bridge.';

describe('An article opened from the library', () => {
  it('shows the page and its title at once while the article is read from storage, then the article', async () => {
    const services = libraryServices();
    const article = await storeArticle(services, articleFromText(PAGE, 'Bridge vote', 'City Gazette'));
    const { user } = await renderAppAt('#/library', services);
    const list = await articlesList();
    // Reading the article takes a while (a big one, a slow disk): held until released.
    let release: () => void = () => undefined;
    const read = services.db.articles.get.bind(services.db.articles);
    vi.spyOn(services.db.articles, 'get').mockImplementation(((id: string) => new Promise((resolve) => (release = () => resolve(read(id))))) as typeof services.db.articles.get);

    await user.click(within(list).getByRole('link', { name: 'Bridge vote' }));
    expect(await screen.findByText('Opening “Bridge vote”…')).toHaveAttribute('role', 'status');
    expect(screen.getByText('Bridge vote', { selector: '.article-title' })).toBeVisible();
    // Not a heading yet: only the article itself has one.
    expect(screen.queryByRole('heading', { level: 1 })).not.toBeInTheDocument();

    release();
    expect(await screen.findByRole('heading', { level: 1, name: article.title })).toBeInTheDocument();
    expect(screen.queryByText('Opening “Bridge vote”…')).not.toBeInTheDocument();
  });
});
