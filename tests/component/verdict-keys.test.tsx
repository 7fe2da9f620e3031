import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { listAnnotations } from '../../src/storage/annotations';
import { useUndoStore } from '../../src/state/undo-store';
import { annotate, article, panel, renderAppWith } from './shipped-article';

const QUOTE = '3,000 new militants';

async function setUp() {
  const highlight = annotate(QUOTE, { tags: ['figures'] });
  const rendered = await renderAppWith([highlight]);
  await within(panel()).findByRole('listitem');
  return { ...rendered, highlight };
}

const stored = async (services: Awaited<ReturnType<typeof setUp>>['services']) => (await listAnnotations(services.db, article.id))[0];

describe('The number keys set the verdict of the active annotation', () => {
  it('sets the verdict in vocabulary order, keeps the rest, shows it and announces it', async () => {
    const { user, services, highlight } = await setUp();
    await user.click(within(panel()).getByRole('button', { name: /3,000 new militants/ }));
    await user.keyboard('5');
    await waitFor(async () => expect((await stored(services))?.verdict).toBe('false'));
    expect((await stored(services))?.tags).toEqual(highlight.tags);
    await within(within(panel()).getByRole('list')).findByText('False');
    await waitFor(() => expect(screen.getByTestId('announcer')).toHaveTextContent('Verdict set to False for “3,000 new militants”.'));
    await user.keyboard('1');
    await waitFor(async () => expect((await stored(services))?.verdict).toBe('accurate'));
    await user.keyboard('1');
    await waitFor(() => expect(screen.getByTestId('announcer')).toHaveTextContent('“3,000 new militants” is already rated Accurate.'));
  });

  it('keys pressed back to back are saved one after another: no change “in another tab”, and undo steps back through each', async () => {
    const { services } = await setUp();
    fireEvent.click(within(panel()).getByRole('button', { name: /3,000 new militants/ }));
    // Eight keys in one go, faster than any save lands.
    for (const key of '12345678') fireEvent.keyDown(document.body, { key });
    await waitFor(async () => expect((await stored(services))?.verdict).toBe('loaded-language'));
    await waitFor(() => expect(useUndoStore.getState().stack).toHaveLength(8));
    expect(screen.queryByText(/another tab/)).not.toBeInTheDocument();
    const undone: Array<string | null | undefined> = [];
    for (let i = 0; i < 8; i++) {
      fireEvent.keyDown(document.body, { key: 'z', ctrlKey: true });
      const before = undone.length;
      await waitFor(async () => {
        const now = (await stored(services))?.verdict;
        expect(now).not.toBe(before === 0 ? 'loaded-language' : undone[before - 1]);
      });
      undone.push((await stored(services))?.verdict);
    }
    expect(undone).toEqual(['opinion', 'unverified', 'false', 'misleading', 'missing-context', 'mostly-accurate', 'accurate', null]);
    expect(await stored(services)).toBeDefined();
  });

  it('does nothing without an active annotation, while typing, with a modifier, or for 9 and 0', async () => {
    const { user, services } = await setUp();
    await user.keyboard('3');
    await user.click(within(panel()).getByRole('button', { name: /3,000 new militants/ }));
    await user.click(within(panel()).getByRole('searchbox', { name: 'Search annotations' }));
    await user.keyboard('4');
    expect(within(panel()).getByRole('searchbox', { name: 'Search annotations' })).toHaveValue('4');
    await user.clear(within(panel()).getByRole('searchbox', { name: 'Search annotations' }));
    fireEvent.keyDown(document.body, { key: '2', ctrlKey: true });
    fireEvent.keyDown(document.body, { key: '9' });
    fireEvent.keyDown(document.body, { key: '0' });
    // One key that counts: it is the only change made (one undo entry), so none of the others slipped through.
    await user.click(within(panel()).getByRole('button', { name: /3,000 new militants/ }));
    await user.keyboard('7');
    await waitFor(async () => expect((await stored(services))?.verdict).toBe('opinion'));
    expect(useUndoStore.getState().stack).toHaveLength(1);
  });

  it('does nothing while a dialog (the editor) is open', async () => {
    const { user, services } = await setUp();
    await user.click(within(panel()).getByRole('button', { name: /3,000 new militants/ }));
    await user.click(within(panel()).getByRole('button', { name: 'Edit' }));
    const dialog = screen.getByRole('dialog', { name: 'Edit annotation' });
    fireEvent.keyDown(dialog, { key: '6' });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await user.keyboard('8');
    await waitFor(async () => expect((await stored(services))?.verdict).toBe('loaded-language'));
    expect(useUndoStore.getState().stack).toHaveLength(1);
  });
});
