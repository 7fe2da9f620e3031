import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_NOTE_LENGTH } from '../../src/core/exchange/import-limits';
import { loadDraft, markDraftSaving, type SavedDraft } from '../../src/state/editor-drafts';
import { useUiStore } from '../../src/state/ui-store';
import { appStatus, testServices } from './render';
import { annotate, article, panel, renderAppWith, text } from './shipped-article';

const quote = '3,000 new militants';
const span = { start: text.indexOf(quote), end: text.indexOf(quote) + quote.length };

afterEach(() => localStorage.clear());

describe('Editor drafts', () => {
  it('closed with Escape after typing, are offered back with Undo, which reopens the editor with the text; an untouched editor is not', async () => {
    const { user } = await renderAppWith([]);
    act(() => useUiStore.getState().openEditor({ mode: 'new', kind: 'note', span }));
    await user.type(screen.getByRole('textbox', { name: 'Note' }), 'Which TV channel? Check the transcript.');
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('textbox', { name: 'Note' })).not.toBeInTheDocument());
    expect(appStatus()).toHaveTextContent('Closed without saving what you wrote.');
    await user.click(within(appStatus()).getByRole('button', { name: 'Undo' }));
    expect(await screen.findByRole('textbox', { name: 'Note' })).toHaveValue('Which TV channel? Check the transcript.');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await within(panel()).findByText('Which TV channel? Check the transcript.');

    act(() => useUiStore.getState().openEditor({ mode: 'new', kind: 'note', span: { start: span.start + 6, end: span.end } }));
    await screen.findByRole('textbox', { name: 'Note' });
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('textbox', { name: 'Note' })).not.toBeInTheDocument());
    expect(screen.queryByText('Closed without saving what you wrote.')).not.toBeInTheDocument();
  });

  it('are marked as being saved, with the new annotation’s id, before the write', async () => {
    const services = testServices();
    const { user } = await renderAppWith([], services);
    act(() => useUiStore.getState().openEditor({ mode: 'new', kind: 'note', span }));
    await user.type(screen.getByRole('textbox', { name: 'Note' }), 'Saved at once');
    let atWrite: SavedDraft | null = null;
    services.db.annotations.hook('creating', () => {
      atWrite = loadDraft(article.id);
    });
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await within(panel()).findByText('Saved at once');
    const [saved] = await services.db.annotations.toArray();
    expect(atWrite).toMatchObject({ saving: { id: saved?.id, base: null, note: 'Saved at once' } });
    expect(loadDraft(article.id)).toBeNull();
  });

  it('a tab closed after Save landed but before the draft was forgotten does not offer it again (no duplicate)', async () => {
    const services = testServices();
    const first = await renderAppWith([], services);
    act(() => useUiStore.getState().openEditor({ mode: 'new', kind: 'note', span }));
    await first.user.type(screen.getByRole('textbox', { name: 'Note' }), 'Half a thought');
    first.unmount();
    // As the tab left it: the draft marked as saving, and the annotation stored.
    const saved = annotate(quote, { note: 'Half a thought' });
    markDraftSaving(article.id, { id: saved.id, base: null, note: saved.note });
    await services.db.annotations.put({ ...saved, articleId: article.id });

    await renderAppWith([], services);
    await within(panel()).findByText('Half a thought');
    await waitFor(() => expect(loadDraft(article.id)).toBeNull());
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(await services.db.annotations.count()).toBe(1);
  });

  it('a draft marked as saving whose save never landed comes back as usual', async () => {
    const services = testServices();
    const first = await renderAppWith([], services);
    act(() => useUiStore.getState().openEditor({ mode: 'new', kind: 'note', span }));
    await first.user.type(screen.getByRole('textbox', { name: 'Note' }), 'Never stored');
    markDraftSaving(article.id, { id: 'urn:uuid:never-written', base: null, note: 'Never stored' });
    first.unmount();
    await renderAppWith([], services);
    const dialog = await screen.findByRole('dialog', { name: 'Edit annotation' });
    expect(within(dialog).getByRole('textbox', { name: 'Note' })).toHaveValue('Never stored');
  });

  it('a note being written survives the page going away, and comes back in the editor', async () => {
    const services = testServices();
    const first = await renderAppWith([], services);
    act(() => useUiStore.getState().openEditor({ mode: 'new', kind: 'note', span }));
    await first.user.type(screen.getByRole('textbox', { name: 'Note' }), 'Half a thought');
    expect(loadDraft(article.id)?.draft.note).toBe('Half a thought');
    first.unmount();

    // The page comes back (a reload): same storage, fresh UI state.
    const second = await renderAppWith([], services);
    const dialog = await screen.findByRole('dialog', { name: 'Edit annotation' });
    expect(within(dialog).getByRole('textbox', { name: 'Note' })).toHaveValue('Half a thought');
    expect(within(dialog).getByText(/Restored what you were writing/)).toBeInTheDocument();
    expect(within(dialog).getByText(quote)).toBeInTheDocument();
    await second.user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await within(panel()).findByText('Half a thought');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(loadDraft(article.id)).toBeNull();
  });

  it('an edit of an existing annotation is restored too, with its verdict', async () => {
    const services = testServices();
    const stored = annotate(quote, { note: 'saved text' });
    const first = await renderAppWith([stored], services);
    const [item] = await within(panel()).findAllByRole('listitem');
    await first.user.click(within(item as HTMLElement).getByRole('button', { name: 'Edit' }));
    await first.user.type(screen.getByRole('textbox', { name: 'Note' }), ' plus more');
    await first.user.click(screen.getByRole('radio', { name: 'Misleading' }));
    first.unmount();

    await renderAppWith([], services);
    const dialog = await screen.findByRole('dialog', { name: 'Edit annotation' });
    expect(within(dialog).getByRole('textbox', { name: 'Note' })).toHaveValue('saved text plus more');
    expect(within(dialog).getByRole('radio', { name: 'Misleading' })).toBeChecked();
    expect((await services.db.annotations.get(stored.id))?.note).toBe('saved text');
  });

  it('Cancel discards the draft', async () => {
    const { user } = await renderAppWith([]);
    act(() => useUiStore.getState().openEditor({ mode: 'new', kind: 'note', span }));
    await user.type(screen.getByRole('textbox', { name: 'Note' }), 'never mind');
    expect(loadDraft(article.id)).not.toBeNull();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(loadDraft(article.id)).toBeNull();
  });

  it('refuses a note longer than the limit with a message, and keeps it for shortening', async () => {
    const { user, services } = await renderAppWith([]);
    act(() => useUiStore.getState().openEditor({ mode: 'new', kind: 'note', span }));
    const note = screen.getByRole('textbox', { name: 'Note' });
    fireEvent.change(note, { target: { value: 'x'.repeat(MAX_NOTE_LENGTH + 1) } });
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByText(/A note can hold at most 100,000 characters; this one has 100,001/)).toBeInTheDocument();
    expect(note).toHaveAttribute('aria-invalid', 'true');
    expect(await services.db.annotations.count()).toBe(0);
    fireEvent.change(note, { target: { value: 'short' } });
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () => expect(await services.db.annotations.count()).toBe(1));
  });
});
