import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FOLD_NOTE_CHARS } from '../../src/ui/annotations/CardNote';
import { annotate, panel, renderAppWith } from './shipped-article';

describe('a long note on its card', () => {
  it('folds with Show more, opens in place and folds again, while a short note is shown whole', async () => {
    const long = `${'A long explanation with its sources. '.repeat(Math.ceil(FOLD_NOTE_CHARS / 36) + 5)}The last sentence.`;
    const { user } = await renderAppWith([annotate('3,000 new militants', { note: long }), annotate('over 400,000 people', { note: 'Short.' })]);
    const [first, second] = (await within(panel()).findAllByRole('listitem')) as [HTMLElement, HTMLElement];
    const more = within(first).getByRole('button', { name: 'Show more' });
    expect(more).toHaveAttribute('aria-expanded', 'false');
    // Folded, not cut: the whole note is in the page for search, copy and screen readers.
    expect(await within(first).findByText(/The last sentence\./)).toBeInTheDocument();
    expect(document.getElementById(more.getAttribute('aria-controls') ?? '')).toHaveTextContent('The last sentence.');
    await user.click(more);
    expect(within(first).getByRole('button', { name: 'Show less' })).toHaveAttribute('aria-expanded', 'true');
    await user.click(within(first).getByRole('button', { name: 'Show less' }));
    expect(within(first).getByRole('button', { name: 'Show more' })).toBeInTheDocument();
    expect(within(second).queryByRole('button', { name: /Show/ })).toBeNull();
    expect(screen.getAllByRole('button', { name: 'Show more' })).toHaveLength(1);
  });
});
