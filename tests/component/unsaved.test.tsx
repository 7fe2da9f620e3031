import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useUiStore } from '../../src/state/ui-store';
import { testServices } from './render';
import { annotate, panel, renderAppWith, text } from './shipped-article';

describe('A highlight the browser refuses to store', () => {
  it('shows an alert, stays listed as not saved, and is stored by Retry once storage has room', async () => {
    const services = testServices();
    const { user } = await renderAppWith([annotate('over 400,000 people', { note: 'already stored' })], services);
    await within(panel()).findAllByRole('listitem');
    const put = vi.spyOn(services.db.annotations, 'put').mockRejectedValue(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    const quote = '3,000 new militants';
    const start = text.indexOf(quote);
    act(() => useUiStore.getState().setPending({ span: { start, end: start + quote.length }, box: { top: 0, bottom: 10, left: 0, right: 10 } }));
    await user.keyboard('h');

    expect(await screen.findByRole('alert')).toHaveTextContent(/no room left to store annotations/);
    const card = await within(panel()).findByRole('group', { name: 'Not saved' });
    expect(card).toHaveTextContent('Not saved in this browser');
    expect(within(panel()).getAllByRole('listitem')).toHaveLength(2);
    expect(await services.db.annotations.count()).toBe(1);

    put.mockRestore();
    await user.click(within(card).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(within(panel()).queryByRole('group', { name: 'Not saved' })).not.toBeInTheDocument());
    expect(await services.db.annotations.count()).toBe(2);
    expect(within(panel()).getAllByRole('listitem')).toHaveLength(2);
  });

  it('can be discarded', async () => {
    const services = testServices();
    const { user } = await renderAppWith([], services);
    vi.spyOn(services.db.annotations, 'put').mockRejectedValue(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    const start = text.indexOf('Aleppo');
    act(() => useUiStore.getState().setPending({ span: { start, end: start + 6 }, box: { top: 0, bottom: 10, left: 0, right: 10 } }));
    await user.keyboard('h');
    const card = await within(panel()).findByRole('group', { name: 'Not saved' });
    await user.click(within(card).getByRole('button', { name: 'Discard' }));
    await waitFor(() => expect(within(panel()).queryAllByRole('listitem')).toHaveLength(0));
  });
});
