import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { shippedAnnotatable } from '../support/shipped-article';
import { annotateOlder, CUT, FIXED, olderAnnotatable as olderOn, TYPO } from '../support/older-shipped-article';
import { panel, renderAppWith, text as currentText } from './shipped-article';

function cardQuoting(quote: string): HTMLElement {
  const card = within(panel())
    .getAllByRole('listitem')
    .find((li) => li.querySelector('.card-quote')?.textContent === quote);
  if (!card) throw new Error(`no card quotes “${quote}”`);
  return card;
}

describe('A Drifted card', () => {
  it('really stands on changed text', () => {
    expect(olderOn.textHash).not.toBe(shippedAnnotatable.textHash);
    expect(currentText).toContain(FIXED);
    expect(currentText).not.toContain(CUT);
  });

  it('shows the stored quote beside the current text, and Accept new position moves the annotation onto it', async () => {
    const drifted = annotateOlder(TYPO, 'urn:uuid:drifted');
    const { user, services } = await renderAppWith([drifted]);
    await within(panel()).findByText('Drifted');
    const card = cardQuoting(TYPO);
    expect(within(card).getByText('Annotated text').nextElementSibling).toHaveTextContent(TYPO);
    expect(within(card).getByText('Text now').nextElementSibling).toHaveTextContent(FIXED);

    await user.click(within(card).getByRole('button', { name: 'Accept new position' }));
    await waitFor(() => expect(within(panel()).queryByText('Drifted')).toBeNull());
    const stored = await services.db.annotations.get('urn:uuid:drifted');
    expect(stored?.target.quote.exact).toBe(FIXED);
    expect(stored?.target.textHash).toBe(shippedAnnotatable.textHash);
    expect(stored?.target.position.start).toBe(currentText.indexOf(FIXED));
    expect(stored).toMatchObject({ id: drifted.id, created: drifted.created, note: 'check the figure', modified: '2026-05-01T12:00:00.000Z' });
    expect(cardQuoting(FIXED)).toBeInTheDocument();
  });

  it('Keep as it was keeps the stored quote and stops asking on this text', async () => {
    const drifted = annotateOlder(TYPO, 'urn:uuid:kept');
    const { user, services } = await renderAppWith([drifted]);
    await within(panel()).findByText('Drifted');
    await user.click(within(cardQuoting(TYPO)).getByRole('button', { name: 'Keep as it was' }));
    await within(cardQuoting(TYPO)).findByText('Kept as it was.');
    const card = cardQuoting(TYPO);
    expect(within(card).queryByRole('button', { name: 'Accept new position' })).toBeNull();
    expect(within(card).getByText('Drifted')).toBeInTheDocument();
    const stored = await services.db.annotations.get('urn:uuid:kept');
    expect(stored?.target.quote).toEqual(drifted.target.quote);
    expect(stored?.target.textHash).toBe(drifted.target.textHash);
    expect(stored?.target.keptOnTextHash).toBe(shippedAnnotatable.textHash);
  });

  it('lists an annotation whose passage was cut as Searching…, then Orphaned, and keeps it', async () => {
    const cut = annotateOlder(CUT, 'urn:uuid:cut');
    const { services } = await renderAppWith([cut]);
    await within(panel()).findByText('Orphaned');
    expect(within(cardQuoting(CUT)).queryByText('Searching…')).toBeNull();
    expect(await services.db.annotations.count()).toBe(1);
    expect(screen.getByRole('complementary', { name: 'Annotations' })).toHaveTextContent(CUT);
  });
});
