import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { LazyAnnotationEditor, newEditorHandoff } from '../../src/ui/annotations/LazyAnnotationEditor';

// The editor's code arrives only when the test opens the gate: until then the stand-in shows.
const gate = vi.hoisted(() => {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, opened };
});
vi.mock('../../src/ui/annotations/AnnotationEditor', async (importOriginal) => {
  await gate.opened;
  return importOriginal();
});

/** A page with a button that had focus, and the editor opened for a new annotation of `kind`. */
function Page({ kind, onCancel }: { kind: 'note' | 'fact-check'; onCancel: () => void }) {
  const [open, setOpen] = useState(true);
  const [handoff] = useState(newEditorHandoff);
  const close = () => {
    onCancel();
    setOpen(false);
  };
  return open ? (
    <LazyAnnotationEditor quote="Lavrov said" kind={kind} existing={null} onSave={async () => true} onCancel={close} onDelete={null} handoff={handoff} />
  ) : null;
}

async function openOn(kind: 'note' | 'fact-check') {
  const before = document.createElement('button');
  before.textContent = 'Before';
  document.body.append(before);
  before.focus();
  const onCancel = vi.fn();
  await act(async () => {
    render(<Page kind={kind} onCancel={onCancel} />);
  });
  return { before, onCancel };
}

describe('The editor while its code loads', () => {
  it('is the busy Edit annotation dialog at once; keys go to it, Escape closes it; typed notes carry over', async () => {
    const user = userEvent.setup();

    // A fact-check: the busy dialog holds focus, so keys reach no shortcut of the page.
    const factCheck = await openOn('fact-check');
    const busy = screen.getByRole('dialog', { name: 'Edit annotation' });
    expect(busy).toHaveAttribute('aria-busy', 'true');
    expect(busy).toHaveFocus();
    expect(screen.getByRole('status')).toHaveTextContent('Opening the editor…');
    await user.keyboard('{Escape}');
    expect(factCheck.onCancel).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('dialog')).toBeNull();
    factCheck.before.remove();

    // A new note: typed into the stand-in's Note field, kept by the editor when it arrives.
    const { before, onCancel } = await openOn('note');
    expect(screen.getByRole('textbox', { name: 'Note' })).toHaveFocus();
    await user.keyboard('Checked');
    gate.open();
    await screen.findByRole('button', { name: 'Save' });
    const note = screen.getByRole('textbox', { name: 'Note' }) as HTMLTextAreaElement;
    expect(screen.getByRole('dialog', { name: 'Edit annotation' })).not.toHaveAttribute('aria-busy');
    expect(note).toHaveValue('Checked');
    expect(note).toHaveFocus();
    expect(note.selectionStart).toBe('Checked'.length);
    await user.keyboard(' twice');
    expect(note).toHaveValue('Checked twice');

    // Closed, focus goes back to what had it before the stand-in took it.
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onCancel).toHaveBeenCalledTimes(1);
    expect(before).toHaveFocus();
  });
});
