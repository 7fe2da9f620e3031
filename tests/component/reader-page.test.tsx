import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import shipped from '../../public/articles/press-tv-washington-asked-moscow-nusra.json';
import { App } from '../../src/ui/app/App';
import { appStatus, renderWithProviders, testServices } from './render';
import { annotate, article, panel, renderAppWith, text } from './shipped-article';

describe('The reader page', () => {
  it('opens the shipped article with its title inside <article> and an empty panel that says what to do', async () => {
    await renderAppWith([]);
    const articleEl = document.querySelector('article');
    expect(articleEl?.querySelector('h1')?.textContent).toBe(article.title);
    expect(articleEl?.textContent).toBe(text);
    expect(within(articleEl as HTMLElement).queryAllByRole('button')).toHaveLength(0);
    expect(await within(panel()).findByText(/No annotations yet/)).toBeInTheDocument();
  });

  it('marks the photo caption the source printed twice, outside the article’s text', async () => {
    await renderAppWith([]);
    const articleEl = document.querySelector('article') as HTMLElement;
    const repeated = articleEl.querySelectorAll('[data-repeated]');
    expect(repeated).toHaveLength(1);
    expect(repeated[0]?.tagName).toBe('FIGCAPTION');
    // The words are CSS generated text: the annotatable text is still the article as published.
    expect(articleEl.textContent).toBe(text);
  });

  it('lists stored annotations in document order with verdict, note and tags, and marks the lost ones Orphaned', async () => {
    const later = annotate('over 400,000 people have been killed', { verdict: 'unverified', note: 'UN figure from 2016?', tags: ['figures'] });
    const earlier = annotate('Russian Foreign Minister Sergey Lavrov');
    const lost = { ...annotate('the Pentagon launched'), id: 'urn:uuid:lost' };
    lost.target = { ...lost.target, quote: { ...lost.target.quote, exact: 'a sentence that is not in the article' } };
    await renderAppWith([later, lost, earlier]);
    const items = await within(panel()).findAllByRole('listitem');
    expect(items).toHaveLength(3);
    expect(items[0]).toHaveTextContent('Russian Foreign Minister Sergey Lavrov');
    expect(items[2]).toHaveTextContent('over 400,000 people have been killed');
    expect(items[2]).toHaveTextContent('Unverified');
    expect(items[2]).toHaveTextContent('UN figure from 2016?');
    expect(items[2]).toHaveTextContent('figures');
    const orphan = items.find((li) => li.textContent?.includes('a sentence that is not in the article'));
    expect(orphan).toHaveTextContent('Orphaned');
  });

  it('filters the panel by quote, note or tag text', async () => {
    const { user } = await renderAppWith([
      annotate('Russian Foreign Minister Sergey Lavrov', { tags: ['attribution'] }),
      annotate('3,000 new militants', { note: 'Observatory numbers' }),
    ]);
    await within(panel()).findAllByRole('listitem');
    const search = screen.getByRole('searchbox', { name: 'Search annotations' });
    await user.type(search, 'observatory');
    expect(within(panel()).getAllByRole('listitem')).toHaveLength(1);
    await user.clear(search);
    await user.type(search, 'ATTRIBUTION');
    expect(within(panel()).getAllByRole('listitem')[0]).toHaveTextContent('Sergey Lavrov');
    await user.clear(search);
    await user.type(search, 'nothing like this');
    expect(within(panel()).getByText(/No annotation matches/)).toBeInTheDocument();
  });

  it('deletes an annotation and brings it back with Undo', async () => {
    const { user, services } = await renderAppWith([annotate('3,000 new militants', { note: 'check' })]);
    const [item] = await within(panel()).findAllByRole('listitem');
    await user.click(within(item as HTMLElement).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(within(panel()).queryAllByRole('listitem')).toHaveLength(0));
    expect(await services.db.annotations.count()).toBe(0);
    await user.click(within(appStatus()).getByRole('button', { name: 'Undo' }));
    await within(panel()).findByText('check');
    expect(await services.db.annotations.count()).toBe(1);
  });

  it('edits a note from its card', async () => {
    const { user, services } = await renderAppWith([annotate('3,000 new militants', { note: 'first thought' })]);
    const [item] = await within(panel()).findAllByRole('listitem');
    await user.click(within(item as HTMLElement).getByRole('button', { name: 'Edit' }));
    const dialog = screen.getByRole('dialog', { name: 'Edit annotation' });
    expect(within(dialog).getByRole('button', { name: 'Delete' })).toBeInTheDocument();
    const note = within(dialog).getByRole('textbox', { name: 'Note' });
    await user.clear(note);
    await user.type(note, 'second thought');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await within(panel()).findByText('second thought');
    const [stored] = await services.db.annotations.toArray();
    expect(stored?.note).toBe('second thought');
    expect(stored?.modified).toBe('2026-05-01T12:00:00.000Z');
  });

  it('shows an alert and keeps the editor and its text when storage refuses the write', async () => {
    const services = testServices();
    const { user } = await renderAppWith([annotate('3,000 new militants', { note: 'keep me' })], services);
    vi.spyOn(services.db.annotations, 'put').mockRejectedValue(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    const [item] = await within(panel()).findAllByRole('listitem');
    await user.click(within(item as HTMLElement).getByRole('button', { name: 'Edit' }));
    const note = screen.getByRole('textbox', { name: 'Note' });
    await user.type(note, ' and this');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/no room left to store annotations/);
    expect(screen.getByRole('dialog', { name: 'Edit annotation' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Note' })).toHaveValue('keep me and this');
    const [stored] = await services.db.annotations.toArray();
    expect(stored?.note).toBe('keep me');
  });

  it('says clearly when the article cannot be loaded, and can try again', async () => {
    const fetchArticle = vi.fn().mockRejectedValueOnce(new Error('The article “x” could not be loaded (HTTP 404).')).mockResolvedValue(structuredClone(shipped));
    renderWithProviders(<App />, testServices({ fetchArticle }));
    expect(await screen.findByRole('alert')).toHaveTextContent('could not be loaded (HTTP 404)');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { level: 1, name: article.title })).toBeInTheDocument();
  });
});
