import type { QueryClient } from '@tanstack/react-query';
import { act, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { storeArrivedChanges } from '../../src/state/arrived-changes';
import { getAnnotation } from '../../src/storage/annotations';
import { applyMirroredChanges } from '../../src/storage/mirror';
import { annotate, article, panel, renderAppWith } from './shipped-article';

const asked = annotate('asked Russia', { note: 'Who asked, and when?' });
const nusra = annotate('Nusra', { note: 'Spelling varies.' });

/** Counts the times the annotation lists are read from storage. */
function countReads(client: QueryClient): () => number {
  let reads = 0;
  client.getQueryCache().subscribe((event) => {
    if (event.type === 'updated' && event.action.type === 'fetch' && event.query.queryKey.includes('annotations')) reads++;
  });
  return () => reads;
}

const cardTexts = () => within(panel()).queryAllByRole('listitem').map((card) => card.textContent ?? '');

describe('what sync brings from another device, on screen', () => {
  it('is stored and put into the list on screen without reading the article’s annotations again', async () => {
    const { services, queryClient } = await renderAppWith([asked, nusra]);
    await within(panel()).findByText('Who asked, and when?');
    const reads = countReads(queryClient);
    const edited = { ...asked, note: 'Edited on Ben’s device.', modified: '2026-06-01T00:00:00.000Z' };

    await act(() => storeArrivedChanges(services.db, queryClient)({ articleId: article.id, puts: [edited], deletes: [nusra.id], articles: [] }));

    await waitFor(() => expect(cardTexts().join('|')).toContain('Edited on Ben’s device.'));
    expect(cardTexts().join('|')).not.toContain('Spelling varies.');
    expect((await getAnnotation(services.db, asked.id))?.note).toBe('Edited on Ben’s device.');
    expect(await getAnnotation(services.db, nusra.id)).toBeUndefined();
    expect(reads()).toBe(0);
  });

  it('(the baseline: the same change stored without it makes the tab read the list again)', async () => {
    const { services, queryClient } = await renderAppWith([asked, nusra]);
    await within(panel()).findByText('Who asked, and when?');
    const reads = countReads(queryClient);
    await act(() => applyMirroredChanges(services.db, { puts: [{ ...asked, note: 'Stored plainly.' }], deletes: [] }));
    await waitFor(() => expect(cardTexts().join('|')).toContain('Stored plainly.'));
    expect(reads()).toBeGreaterThan(0);
  });
});
