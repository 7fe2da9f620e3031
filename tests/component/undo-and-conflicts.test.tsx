import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { putAnnotation } from '../../src/storage/annotations';
import { annotate, panel, renderAppWith } from './shipped-article';

/** Two annotations; the first one's note edited from `original` to `changed`. */
async function withFirstNoteEdited() {
  const rendered = await renderAppWith([annotate('3,000 new militants', { note: 'original' }), annotate('over 400,000 people')]);
  const { user } = rendered;
  const items = await within(panel()).findAllByRole('listitem');
  await user.click(within(items[0] as HTMLElement).getByRole('button', { name: 'Edit' }));
  const note = screen.getByRole('textbox', { name: 'Note' });
  await user.clear(note);
  await user.type(note, 'changed');
  await user.click(screen.getByRole('button', { name: 'Save' }));
  await within(panel()).findByText('changed');
  return rendered;
}

describe('Undo', () => {
  it('Ctrl+Z undoes an edit, then a delete, most recent first', async () => {
    const { user, services } = await withFirstNoteEdited();
    await user.click(within(within(panel()).getAllByRole('listitem')[1] as HTMLElement).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(within(panel()).getAllByRole('listitem')).toHaveLength(1));

    await user.keyboard('{Control>}z{/Control}');
    await waitFor(() => expect(within(panel()).getAllByRole('listitem')).toHaveLength(2));
    await user.keyboard('{Control>}z{/Control}');
    await within(panel()).findByText('original');
    expect((await services.db.annotations.get(annotate('3,000 new militants').id))?.note).toBe('original');
  });

  it('Ctrl+Shift+Z and Ctrl+Y make undone changes again, latest undone first; a new change ends what can be redone', async () => {
    const { user, services } = await withFirstNoteEdited();
    const deleted = annotate('over 400,000 people');
    await user.click(within(within(panel()).getAllByRole('listitem')[1] as HTMLElement).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(within(panel()).getAllByRole('listitem')).toHaveLength(1));

    await user.keyboard('{Control>}z{/Control}');
    await user.keyboard('{Control>}z{/Control}');
    await within(panel()).findByText('original');
    expect(within(panel()).getAllByRole('listitem')).toHaveLength(2);

    await user.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    await within(panel()).findByText('changed');
    expect(within(panel()).getAllByRole('listitem')).toHaveLength(2);
    await user.keyboard('{Control>}y{/Control}');
    await waitFor(() => expect(within(panel()).getAllByRole('listitem')).toHaveLength(1));
    expect(await services.db.annotations.get(deleted.id)).toBeUndefined();
    // Nothing more to redo; Ctrl+Z walks back again.
    await user.keyboard('{Control>}y{/Control}');
    await user.keyboard('{Control>}z{/Control}');
    await waitFor(() => expect(within(panel()).getAllByRole('listitem')).toHaveLength(2));

    // A new change after an undo: the undone one cannot be redone over it.
    await user.keyboard('{Control>}z{/Control}');
    await within(panel()).findByText('original');
    await user.click(within(within(panel()).getAllByRole('listitem')[0] as HTMLElement).getByRole('button', { name: 'Edit' }));
    await user.type(screen.getByRole('textbox', { name: 'Note' }), ' and more');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await within(panel()).findByText('original and more');
    await user.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    await new Promise((r) => setTimeout(r, 100)); // what a redo would write has had time to land
    expect((await services.db.annotations.get(annotate('3,000 new militants').id))?.note).toBe('original and more');
    expect(within(panel()).getByText('original and more')).toBeInTheDocument();
  });

  it('has buttons for the same history, saying what they would undo or redo, disabled when there is nothing to', async () => {
    const { user, services } = await withFirstNoteEdited();
    const id = annotate('3,000 new militants').id;
    const undoButton = within(panel()).getByRole('button', { name: 'Undo last change' });
    const redoButton = within(panel()).getByRole('button', { name: 'Redo last undone change' });
    await waitFor(() => expect(undoButton).toHaveAttribute('title', 'Undo: Annotation edited.'));
    expect(redoButton).toBeDisabled();
    await user.click(undoButton);
    await within(panel()).findByText('original');
    // The history moves once the write has resolved, a moment after the list shows it.
    await waitFor(() => expect(redoButton).toBeEnabled());
    await waitFor(() => expect(redoButton).toHaveAttribute('title', 'Redo: Annotation edited.'));
    await user.click(redoButton);
    await within(panel()).findByText('changed');
    await waitFor(async () => expect((await services.db.annotations.get(id))?.note).toBe('changed'));
    await waitFor(() => expect(redoButton).toBeDisabled());
  });

  it('leaves Ctrl+Z to the browser while typing in a field', async () => {
    const { user, services } = await renderAppWith([annotate('3,000 new militants', { note: 'keep' })]);
    const [item] = await within(panel()).findAllByRole('listitem');
    await user.click(within(item as HTMLElement).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(within(panel()).queryAllByRole('listitem')).toHaveLength(0));
    await user.click(screen.getByRole('searchbox', { name: 'Search annotations' }));
    await user.keyboard('{Control>}z{/Control}');
    expect(await services.db.annotations.count()).toBe(0);
  });
});

describe('An edit racing another tab', () => {
  it('keeps the later save, tells the reader, and Undo brings the other version back', async () => {
    const original = annotate('3,000 new militants', { note: 'mine' });
    const { user, services } = await renderAppWith([original]);
    const [item] = await within(panel()).findAllByRole('listitem');
    await user.click(within(item as HTMLElement).getByRole('button', { name: 'Edit' }));
    // Meanwhile another tab saves its own edit of the same annotation.
    const theirs = { ...original, note: 'theirs', modified: '2026-03-01T00:00:00.000Z' };
    await putAnnotation(services.db, theirs);
    const note = screen.getByRole('textbox', { name: 'Note' });
    await user.clear(note);
    await user.type(note, 'mine, edited');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const status = await screen.findByText(/changed in another tab; your version replaced that one/);
    expect((await services.db.annotations.get(original.id))?.note).toBe('mine, edited');
    await user.click(within(status.closest('[role="status"]') as HTMLElement).getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect((await services.db.annotations.get(original.id))?.note).toBe('theirs'));
  });

  it('brings back an annotation another tab deleted while it was being edited, and says so', async () => {
    const original = annotate('3,000 new militants', { note: 'mine' });
    const { user, services } = await renderAppWith([original]);
    const [item] = await within(panel()).findAllByRole('listitem');
    await user.click(within(item as HTMLElement).getByRole('button', { name: 'Edit' }));
    await services.db.annotations.delete(original.id);
    await user.type(screen.getByRole('textbox', { name: 'Note' }), '!');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText(/deleted in another tab; saving brought it back/)).toBeInTheDocument();
    expect((await services.db.annotations.get(original.id))?.note).toBe('mine!');
  });

  it('does not undo over a newer edit made in another tab: it says so and keeps that version', async () => {
    const { user, services } = await withFirstNoteEdited();
    const id = annotate('3,000 new militants').id;
    // Another tab edits the same annotation after this tab's edit.
    const stored = await services.db.annotations.get(id);
    await services.db.annotations.put({ ...stored!, note: 'theirs, later', modified: '2030-01-01T00:00:00.000Z' });
    await user.keyboard('{Control>}z{/Control}');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'That change could not be undone (it was changed in another tab or on another device since; that newer version is kept).',
    );
    expect((await services.db.annotations.get(id))?.note).toBe('theirs, later');
    await within(panel()).findByText('theirs, later');
  });

  it('does not undo an add once another tab has edited what was added, nor redo a delete over a newer version', async () => {
    const { user, services } = await withFirstNoteEdited();
    const second = annotate('over 400,000 people');
    await user.click(within(within(panel()).getAllByRole('listitem')[1] as HTMLElement).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(within(panel()).getAllByRole('listitem')).toHaveLength(1));
    await user.keyboard('{Control>}z{/Control}');
    await waitFor(() => expect(within(panel()).getAllByRole('listitem')).toHaveLength(2));
    // Another tab edits the annotation the undo brought back; redoing the delete must not remove that.
    const stored = await services.db.annotations.get(second.id);
    await services.db.annotations.put({ ...stored!, note: 'kept by the other tab', modified: '2030-01-01T00:00:00.000Z' });
    await user.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    expect(await screen.findByRole('alert')).toHaveTextContent('That change could not be made again (it was changed in another tab or on another device since; that newer version is kept).');
    expect((await services.db.annotations.get(second.id))?.note).toBe('kept by the other tab');
  });
});
