import { act, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useSyncStore } from '../../src/state/sync-store';
import { useSyncSwitch } from '../../src/state/sync-switch';
import { annotate, article, panel, renderAppWith } from './shipped-article';

const byBen = { ...annotate('Observatory', { note: 'Check the Observatory’s sources.', verdict: 'unverified' }), author: { name: 'Ben' } };
const byAna = { ...annotate('Nusra', { note: 'My own note.' }), author: { name: 'Ana' } };

describe('what sync adds to a card', () => {
  it('with sync off, names the author of a teammate’s annotation and not the reader’s own', async () => {
    await renderAppWith([byBen, byAna]);
    act(() => useSyncSwitch.setState({ ownName: 'Ana' }));
    const cards = await within(panel()).findAllByRole('listitem');
    const benCard = cards.find((card) => card.textContent?.includes('Observatory’s sources'));
    const anaCard = cards.find((card) => card.textContent?.includes('My own note'));
    expect(benCard).toHaveTextContent('by Ben');
    expect(anaCard).not.toHaveTextContent('by Ana');
    expect(useSyncSwitch.getState().inUse).toBe(false);
  });

  it('once sync runs, shows a concurrent change that lost and an annotation kept on this device', async () => {
    await renderAppWith([byBen, byAna]);
    act(() => useSyncSwitch.setState({ inUse: true, ownName: 'Ana' }));
    act(() => useSyncStore.setState({
      info: {
        [article.id]: {
          lost: new Map([[byBen.id, [{ field: 'verdict', value: 'misleading', device: 'laptop', by: 'Cleo' }]]]),
          notShared: new Set([byAna.id]),
        },
      },
    }));
    expect(await within(panel()).findByText('Cleo also set Misleading')).toBeInTheDocument();
    expect(within(panel()).getByText('Not shared')).toBeInTheDocument();
  });
});
