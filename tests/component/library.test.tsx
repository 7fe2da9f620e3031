import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useUiStore } from '../../src/state/ui-store';
import { annotateStored, articleFromText, articlesList, goTo, libraryServices, renderAppAt, resetAddress, storeArticle } from './library-helpers';
import { article as shipped, panel } from './shipped-article';

afterEach(() => {
  resetAddress();
  vi.restoreAllMocks();
});

const BRIDGE = 'Council approves the new bridge\n\nThe city council voted 7 to 2 on Tuesday to fund the bridge.\n\nConstruction starts in May, the mayor said.';
const FLOODS = 'Floods close the ring road\n\nHeavy rain closed the ring road on Tuesday.\n\nThe budget for repairs doubled.';

/** A library with two opened articles (one annotated), and a note on the shipped one. */
async function seeded() {
  const services = libraryServices();
  const bridge = await storeArticle(services, articleFromText(BRIDGE, undefined, 'City Gazette'), '2026-04-02T10:00:00.000Z');
  const floods = await storeArticle(services, articleFromText(FLOODS), '2026-04-05T10:00:00.000Z');
  const vote = await annotateStored(services, bridge, 'voted 7 to 2', { verdict: 'accurate', note: 'Matches the minutes' });
  await annotateStored(services, bridge, 'Construction starts in May', { note: 'The **budget** says _June_' });
  const shippedNote = await annotateStored(services, shipped, 'Sergey Lavrov', { note: 'Budget of the ministry?', tags: ['people'] });
  return { services, bridge, floods, vote, shippedNote };
}

function item(list: HTMLElement, title: string): HTMLElement {
  const found = within(list).getAllByRole('listitem').find((li) => within(li).queryByRole('link', { name: title }));
  if (!found) throw new Error(`No library item “${title}”.`);
  return found;
}

describe('The library', () => {
  it('is shown by the Library button: one item per article with its source, date and counts, the shipped one always there', async () => {
    const { services } = await seeded();
    const { user } = await renderAppAt('', services);
    await user.click(await screen.findByRole('button', { name: 'Library' }));
    expect(window.location.hash).toBe('#/library');
    const list = await articlesList();
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(3));
    const items = within(list).getAllByRole('listitem');
    // Newest first; the shipped article last.
    expect(items.map((li) => within(li).getByRole('link').textContent)).toEqual(['Floods close the ring road', 'Council approves the new bridge', shipped.title]);
    const bridge = item(list, 'Council approves the new bridge');
    expect(bridge).toHaveTextContent('City Gazette');
    expect(within(bridge).getByText(/^Added/).querySelector('time')?.getAttribute('datetime')).toBe('2026-04-02T10:00:00.000Z');
    expect(bridge).toHaveTextContent('2 annotations');
    expect(bridge).toHaveTextContent('1 fact-check');
    expect(item(list, 'Floods close the ring road')).toHaveTextContent('No annotations yet');
    const shippedItem = item(list, shipped.title);
    expect(shippedItem).toHaveTextContent('Comes with Marginalia');
    expect(shippedItem).toHaveTextContent('1 annotation');
    expect(within(shippedItem).queryByRole('button', { name: /Delete/ })).toBeNull();
    expect(document.title).toBe('Library · Marginalia');
  });

  it('links each article to its own address, and Back returns to the library', async () => {
    const { services, bridge } = await seeded();
    const { user } = await renderAppAt('#/library', services);
    const list = await articlesList();
    const link = await within(list).findByRole('link', { name: 'Council approves the new bridge' });
    expect(link).toHaveAttribute('href', `#/a/${bridge.id}`);
    await user.click(link);
    expect(await screen.findByRole('heading', { level: 1, name: 'Council approves the new bridge' })).toBeInTheDocument();
    expect(await within(panel()).findByText('Matches the minutes')).toBeInTheDocument();
    act(() => window.history.back());
    expect(await articlesList()).toBeInTheDocument();
  });

  it('filters articles by title or source, and finds annotations of every article, grouped by article', async () => {
    const { services, bridge, vote, shippedNote } = await seeded();
    const { user } = await renderAppAt('#/library', services);
    const list = await articlesList();
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(3));
    const search = screen.getByRole('searchbox', { name: 'Search articles and annotations' });

    await user.type(search, 'gazette');
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(1));
    expect(within(list).getByRole('link')).toHaveTextContent('Council approves the new bridge');

    await user.clear(search);
    await user.type(search, 'budget');
    await waitFor(() => expect(screen.getByRole('heading', { level: 2, name: 'Annotations' })).toBeInTheDocument());
    const groups = screen.getAllByRole('region').filter((r) => r.classList.contains('result-group'));
    expect(groups.map((g) => within(g).getByRole('heading', { level: 3 }).textContent)).toEqual(['Council approves the new bridge', shipped.title]);
    expect(within(groups[0] as HTMLElement).getByRole('link', { name: 'Construction starts in May' })).toHaveAttribute('href', expect.stringMatching(new RegExp(`^#/a/${bridge.id}\\?annotation=`)));
    expect(within(groups[1] as HTMLElement).getByRole('link', { name: 'Sergey Lavrov' })).toHaveAttribute('href', `#/a/${shipped.id}?annotation=${encodeURIComponent(shippedNote.id)}`);
    // The note is shown as its words, not its Markdown.
    expect(within(groups[0] as HTMLElement).getByText('The budget says June')).toHaveClass('result-note');
    // "budget" is in notes, not in any title or source: the list of articles is empty, the annotations are found.
    expect(within(list).queryAllByRole('listitem')).toHaveLength(0);
    expect(screen.getByText('No article title or source matches “budget”.')).toBeInTheDocument();
    expect(screen.getByText(/2 annotations in 2 articles match “budget”/)).toBeInTheDocument();

    await user.clear(search);
    await user.type(search, 'accurate');
    await waitFor(() => expect(screen.getByRole('link', { name: 'voted 7 to 2' })).toHaveAttribute('href', `#/a/${bridge.id}?annotation=${encodeURIComponent(vote.id)}`));

    await user.clear(search);
    await user.type(search, 'zebra crossing');
    expect(await screen.findByText(/No annotation in any article matches “zebra crossing”/)).toBeInTheDocument();
  });

  it('opens an annotation found by the search, active in its article', async () => {
    const { services, bridge, vote } = await seeded();
    await renderAppAt(`#/a/${bridge.id}?annotation=${encodeURIComponent(vote.id)}`, services);
    await screen.findByRole('heading', { level: 1, name: 'Council approves the new bridge' });
    await waitFor(() => expect(useUiStore.getState().activeId).toBe(vote.id));
    const active = within(panel()).getAllByRole('listitem').find((li) => li.getAttribute('aria-current') === 'true');
    expect(active).toHaveTextContent('voted 7 to 2');
  });

  it('focuses the search with /', async () => {
    const { user } = await renderAppAt('#/library');
    await articlesList();
    await user.keyboard('/');
    expect(screen.getByRole('searchbox', { name: 'Search articles and annotations' })).toHaveFocus();
  });

  it('invites the reader to open their own articles while only the shipped one is there', async () => {
    const { user } = await renderAppAt('#/library');
    const list = await articlesList();
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(1));
    expect(screen.getByText('Bring your own articles.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Open your own article' }));
    expect(await screen.findByRole('dialog', { name: 'Open article' })).toBeInTheDocument();
  });

  it('lists annotations whose article is not in the library, saying which article they need', async () => {
    const { services } = await seeded();
    const gone = articleFromText('A deleted story\n\nIts only paragraph.');
    await annotateStored(services, gone, 'only paragraph');
    await renderAppAt('#/library', services);
    const section = await screen.findByRole('region', { name: 'Annotations waiting for their article' });
    const [entry] = within(section).getAllByRole('listitem');
    expect(entry).toHaveTextContent(`1 annotation for ${gone.iri}, such as only paragraph`);
    expect(entry?.querySelector('q')?.textContent).toBe('only paragraph');
  });

  it('says when the library cannot be read, and tries again', async () => {
    const fetchManifest = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValue({ articles: [{ id: shipped.id, title: shipped.title }] });
    const { user } = await renderAppAt('#/library', libraryServices({ fetchManifest }));
    const alert = await screen.findByText(/The library could not be read: offline/);
    await user.click(within(alert.closest('[role="alert"]') as HTMLElement).getByRole('button', { name: 'Try again' }));
    expect(await articlesList()).toBeInTheDocument();
  });
});

describe('Deleting an article', () => {
  it('asks first, offers to export the annotations, deletes the article with its annotations, and Undo brings both back', async () => {
    const { services, bridge } = await seeded();
    const created = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:export');
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const clicked = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const { user } = await renderAppAt('#/library', services);
    const list = await articlesList();
    await waitFor(() => expect(item(list, 'Council approves the new bridge')).toHaveTextContent('2 annotations'));
    await user.click(within(item(list, 'Council approves the new bridge')).getByRole('button', { name: 'Delete “Council approves the new bridge”' }));

    const dialog = screen.getByRole('dialog', { name: 'Delete article?' });
    expect(dialog).toHaveTextContent('The article and its 2 annotations (1 fact-check) will be removed from this browser. You can undo this right after.');
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await waitFor(() => expect(within(dialog).getByRole('button', { name: 'Export annotations first' })).toBeEnabled());
    await user.click(within(dialog).getByRole('button', { name: 'Export annotations first' }));
    expect(created).toHaveBeenCalledTimes(1);
    const blob = created.mock.calls[0]?.[0] as Blob;
    const exported = JSON.parse(await blob.text());
    expect(exported['mg:article']).toEqual({ id: bridge.id, iri: bridge.iri, title: 'Council approves the new bridge' });
    expect(exported.total).toBe(2);
    expect((clicked.mock.contexts[0] as HTMLAnchorElement).download).toBe('council-approves-the-new-bridge.annotations.jsonld');
    expect(within(dialog).getByRole('status')).toHaveTextContent('Saved as council-approves-the-new-bridge.annotations.jsonld.');

    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(2));
    expect(await services.db.articles.get(bridge.id)).toBeUndefined();
    expect(await services.db.annotations.where('articleId').equals(bridge.id).count()).toBe(0);
    const status = screen.getAllByRole('status').find((s) => s.textContent?.includes('Deleted')) as HTMLElement;
    expect(status).toHaveTextContent('Deleted “Council approves the new bridge” and its 2 annotations.');

    await user.click(within(status).getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(3));
    expect(item(list, 'Council approves the new bridge')).toHaveTextContent('2 annotations');
    expect(await services.db.annotations.where('articleId').equals(bridge.id).count()).toBe(2);
  });

  it('keeps everything when the reader cancels, with the keyboard', async () => {
    const { services } = await seeded();
    const { user } = await renderAppAt('#/library', services);
    const list = await articlesList();
    const floods = await within(list).findByRole('button', { name: 'Delete “Floods close the ring road”' });
    await user.click(floods);
    const dialog = screen.getByRole('dialog', { name: 'Delete article?' });
    expect(dialog).toHaveTextContent('It has no annotations.');
    expect(within(dialog).queryByRole('button', { name: 'Export annotations first' })).toBeNull();
    await user.keyboard('{Escape}');
    expect(dialog).not.toBeInTheDocument();
    expect(within(list).getAllByRole('listitem')).toHaveLength(3);
    expect(await services.db.articles.count()).toBe(2);
  });

  it('shows a clear message, with the way back, at the address of a deleted or unknown article', async () => {
    const { user } = await renderAppAt('#/a/h-0123456789abcdef0123456789abcdef');
    expect(await screen.findByRole('heading', { level: 1, name: 'This article is not in your library' })).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Go to the library' }));
    expect(await articlesList()).toBeInTheDocument();
    goTo('#/nowhere');
    expect(await screen.findByRole('heading', { level: 1, name: 'There is nothing at this address' })).toBeInTheDocument();
  });
});

describe('Switching articles', () => {
  it('starts the reader afresh: selection, active annotation, editor and panel search do not follow', async () => {
    const { services, bridge, floods, vote } = await seeded();
    await renderAppAt(`#/a/${bridge.id}`, services);
    await screen.findByRole('heading', { level: 1, name: 'Council approves the new bridge' });
    await within(panel()).findByText('Matches the minutes');
    act(() => {
      useUiStore.getState().setActive(vote.id);
      useUiStore.getState().setSearch('minutes');
      useUiStore.getState().openEditor({ mode: 'edit', id: vote.id, original: vote });
    });
    expect(screen.getByRole('dialog', { name: 'Edit annotation' })).toBeInTheDocument();
    goTo(`#/a/${floods.id}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Floods close the ring road' })).toBeInTheDocument();
    expect(useUiStore.getState()).toMatchObject({ activeId: null, editor: null, pending: null, search: '' });
    expect(screen.queryByRole('dialog', { name: 'Edit annotation' })).toBeNull();
    expect(document.title).toBe('Floods close the ring road · Marginalia');
  });
});
