import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { annotate, panel, renderAppWith } from './shipped-article';

const items = () => within(panel()).queryAllByRole('listitem');
const quotes = () => items().map((li) => li.querySelector('q')?.textContent);

function fourAnnotations() {
  return [
    annotate('The United States has asked Russia', { verdict: 'false', tags: ['attribution'] }),
    annotate('Lavrov said in a televised speech', { verdict: 'unverified', tags: ['Attribution', 'broadcast'] }),
    annotate('3,000 new militants', { verdict: 'false', tags: ['figures'] }),
    annotate('Takfiri terrorist group', { note: 'loaded' }),
  ];
}

describe('Filtering the Annotations panel', () => {
  it('offers the verdicts and tags in use, with counts', async () => {
    await renderAppWith(fourAnnotations());
    await waitFor(() => expect(items()).toHaveLength(4));
    const verdict = within(panel()).getByRole('combobox', { name: 'Filter by verdict' });
    expect(within(verdict).getAllByRole('option').map((o) => o.textContent)).toEqual(['All (4)', '✗ False (2)', '? Unverified (1)', 'No verdict (1)']);
    const tag = within(panel()).getByRole('combobox', { name: 'Filter by tag' });
    expect(within(tag).getAllByRole('option').map((o) => o.textContent)).toEqual(['All tags', 'attribution (2)', 'broadcast (1)', 'figures (1)']);
  });

  it('filters by verdict, by tag and with the search box together', async () => {
    const { user } = await renderAppWith(fourAnnotations());
    await waitFor(() => expect(items()).toHaveLength(4));
    await user.selectOptions(within(panel()).getByRole('combobox', { name: 'Filter by verdict' }), 'false');
    expect(quotes()).toEqual(['The United States has asked Russia', '3,000 new militants']);
    expect(within(panel()).getByRole('status')).toHaveTextContent('2 of 4 shown');
    await user.selectOptions(within(panel()).getByRole('combobox', { name: 'Filter by tag' }), 'attribution');
    expect(quotes()).toEqual(['The United States has asked Russia']);
    await user.selectOptions(within(panel()).getByRole('combobox', { name: 'Filter by verdict' }), 'none');
    expect(items()).toHaveLength(0);
    await user.selectOptions(within(panel()).getByRole('combobox', { name: 'Filter by verdict' }), '');
    await user.type(within(panel()).getByRole('searchbox', { name: 'Search annotations' }), 'televised');
    expect(quotes()).toEqual(['Lavrov said in a televised speech']);
  });

  it('says what matched nothing and offers Clear filters, which shows everything again', async () => {
    const { user } = await renderAppWith(fourAnnotations());
    await waitFor(() => expect(items()).toHaveLength(4));
    await user.selectOptions(within(panel()).getByRole('combobox', { name: 'Filter by tag' }), 'figures');
    await user.type(within(panel()).getByRole('searchbox', { name: 'Search annotations' }), 'Lavrov');
    expect(within(panel()).getByText('No annotation matches “Lavrov”, tagged figures.')).toBeInTheDocument();
    await user.click(within(panel()).getByRole('button', { name: 'Clear filters' }));
    expect(items()).toHaveLength(4);
    expect(within(panel()).getByRole('searchbox', { name: 'Search annotations' })).toHaveValue('');
    expect(within(panel()).getByRole('combobox', { name: 'Filter by tag' })).toHaveValue('');
  });

  it('shows no filters before there is anything to filter', async () => {
    await renderAppWith([]);
    await screen.findByText(/No annotations yet/);
    expect(within(panel()).queryByRole('combobox')).not.toBeInTheDocument();
  });
});
