import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { VERDICTS } from '../../src/core/model/fact-check';
import { listAnnotations } from '../../src/storage/annotations';
import { Dialog } from '../../src/ui/common/Dialog';
import { useShortcut, type ShortcutAction } from '../../src/ui/shell/keymap';
import { ShortcutsDialog } from '../../src/ui/shell/ShortcutsDialog';
import { matchShortcuts, SHORTCUTS, type ShortcutId } from '../../src/ui/shell/shortcuts';
import { annotate, article, panel, renderAppWith } from './shipped-article';

/** Binds one shortcut, with a field to type in and a button that opens a dialog with a field of its own. */
function Harness({ id, action }: { id: ShortcutId; action: ShortcutAction }) {
  const [open, setOpen] = useState(false);
  useShortcut(id, action);
  return (
    <>
      <input aria-label="Page field" />
      <button type="button" onClick={() => setOpen(true)}>
        Open
      </button>
      {open && (
        <Dialog title="A dialog" onClose={() => setOpen(false)}>
          <textarea aria-label="Dialog field" />
        </Dialog>
      )}
    </>
  );
}

describe('the keymap', () => {
  it('acts on a page key, never with a modifier, while typing, or behind an open dialog', async () => {
    const action = vi.fn();
    const user = userEvent.setup();
    render(<Harness id="highlight" action={action} />);
    await user.keyboard('h');
    expect(action).toHaveBeenCalledTimes(1);
    fireEvent.keyDown(document.body, { key: 'h', ctrlKey: true });
    fireEvent.keyDown(document.body, { key: 'h', metaKey: true });
    fireEvent.keyDown(document.body, { key: 'h', altKey: true });
    await user.click(screen.getByRole('textbox', { name: 'Page field' }));
    await user.keyboard('h');
    expect(screen.getByRole('textbox', { name: 'Page field' })).toHaveValue('h');
    await user.click(screen.getByRole('button', { name: 'Open' }));
    expect(screen.getByRole('dialog', { name: 'A dialog' })).toBeInTheDocument();
    fireEvent.keyDown(document.body, { key: 'h' });
    expect(action).toHaveBeenCalledTimes(1);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    fireEvent.keyDown(document.body, { key: 'h' });
    expect(action).toHaveBeenCalledTimes(2);
  });

  it('leaves a key to the browser when its action does not apply (returns false)', () => {
    render(<Harness id="highlight" action={() => false} />);
    const event = new KeyboardEvent('keydown', { key: 'h', bubbles: true, cancelable: true });
    document.body.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(false);
  });

  it('runs a dialog key (Ctrl+Enter) only inside an open dialog, in its fields too', async () => {
    const action = vi.fn();
    const user = userEvent.setup();
    render(<Harness id="save-editor" action={action} />);
    fireEvent.keyDown(document.body, { key: 'Enter', ctrlKey: true });
    expect(action).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Open' }));
    await user.click(screen.getByRole('textbox', { name: 'Dialog field' }));
    await user.keyboard('{Control>}{Enter}{/Control}');
    await user.keyboard('{Meta>}{Enter}{/Meta}');
    expect(action).toHaveBeenCalledTimes(2);
  });

  it('has a verdict key for every verdict of the vocabulary, and none past it', () => {
    VERDICTS.forEach((v, i) => expect(matchShortcuts({ key: String(i + 1), ctrlKey: false, metaKey: false, shiftKey: false, altKey: false }).map((m) => [m.shortcut.id, m.index])).toEqual([['set-verdict', i]]));
    expect(matchShortcuts({ key: String(VERDICTS.length + 1), ctrlKey: false, metaKey: false, shiftKey: false, altKey: false })).toEqual([]);
  });

  it('tells j from Shift+J, and takes ? however it is typed', () => {
    const ids = (key: string, shiftKey = false) => matchShortcuts({ key, ctrlKey: false, metaKey: false, shiftKey, altKey: false }).map((m) => m.shortcut.id);
    expect(ids('j')).toEqual(['next-sentence']);
    expect(ids('J', true)).toEqual(['extend-next-sentence']);
    expect(ids('?', true)).toEqual(['help']);
  });

  it('binds every key the registry lists that is not handled by its own component', () => {
    const src = path.resolve(import.meta.dirname, '../../src');
    const files = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [path.join(dir, e.name)] : []));
    const code = files(src).map((f) => readFileSync(f, 'utf8')).join('\n');
    for (const s of SHORTCUTS.filter((s) => !('external' in s))) expect(code, s.id).toContain(`useShortcut('${s.id}'`);
  });
});

describe('the Keyboard shortcuts dialog', () => {
  it('lists every shortcut of the registry, with its keys, in its group', () => {
    render(<ShortcutsDialog onClose={() => {}} />);
    const dialog = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    for (const s of SHORTCUTS) expect(dialog).toHaveTextContent(s.label);
    const verdictRow = screen.getByText('Set the verdict of the active annotation').closest('.shortcut-row');
    expect(verdictRow).toHaveTextContent(`1 – ${VERDICTS.length}`);
    const undoRow = screen.getByText('Undo the last change').closest('.shortcut-row');
    expect(undoRow).toHaveTextContent('Ctrlz or ⌘z');
  });
});

describe('the keymap in the reader', () => {
  const QUOTE = '3,000 new militants';
  const stored = async (services: { db: Parameters<typeof listAnnotations>[0] }) => (await listAnnotations(services.db, article.id))[0];

  it('sets no verdict behind the open Keyboard shortcuts dialog, and does once it is closed', async () => {
    const { user, services } = await renderAppWith([annotate(QUOTE)]);
    await user.click(await within(panel()).findByRole('button', { name: /3,000 new militants/ }));
    await user.keyboard('?');
    await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    await user.keyboard('2');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect((await stored(services))?.verdict).toBeNull();
    await user.keyboard('2');
    await waitFor(async () => expect((await stored(services))?.verdict).toBe('mostly-accurate'));
  });

  it('saves the editor with Ctrl+Enter from the note field', async () => {
    const { user, services } = await renderAppWith([annotate(QUOTE)]);
    await user.click(await within(panel()).findByRole('button', { name: 'Edit' }));
    await user.type(await screen.findByRole('textbox', { name: 'Note' }), 'Saved from the keyboard');
    await user.keyboard('{Control>}{Enter}{/Control}');
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Edit annotation' })).toBeNull());
    expect((await stored(services))?.note).toBe('Saved from the keyboard');
  });
});
