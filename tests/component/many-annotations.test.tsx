import { screen, waitFor, within } from '@testing-library/react';
import type { DBCore } from 'dexie';
import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../src/core/model/annotation';
import { newAnnotation } from '../../src/core/model/new-annotation';
import { listAnnotations } from '../../src/storage/annotations';
import { createDb } from '../../src/storage/db';
import { shippedAnnotatable as on } from '../support/shipped-article';
import { testServices } from './render';
import { panel, renderAppWith, text } from './shipped-article';

/** `count` highlights on successive words of the article, each with its own id. */
function manyHighlights(count: number): Annotation[] {
  const words = [...text.matchAll(/\p{L}{4,}/gu)];
  return Array.from({ length: count }, (_, i) => {
    const word = words[i % words.length] as RegExpExecArray;
    const made = newAnnotation(on, { start: word.index, end: word.index + word[0].length }, { note: '', verdict: null, tags: [], evidence: [] }, `urn:uuid:many-${i}`, new Date('2026-01-02T03:04:05Z'));
    if (!made) throw new Error(`No highlight on “${word[0]}”`);
    return made;
  });
}

/** Services whose database counts the reads of the annotations table (queries, as the list makes). */
function countingServices() {
  const services = testServices();
  const reads = { annotations: 0 };
  services.db.use({
    stack: 'dbcore',
    name: 'count-reads',
    create: (down: DBCore): DBCore => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return name !== 'annotations' ? table : { ...table, query: (request) => (reads.annotations++, table.query(request)) };
      },
    }),
  });
  return { services, reads };
}

describe('The panel with many annotations', () => {
  it('renders the cards near the screen, each saying where it stands in the whole list', async () => {
    await renderAppWith(manyHighlights(300));
    const items = await within(panel()).findAllByRole('listitem');
    expect(items.length).toBeGreaterThan(0);
    expect(items.length).toBeLessThan(300);
    expect(items[0]).toHaveAttribute('aria-posinset', '1');
    for (const item of items) expect(item).toHaveAttribute('aria-setsize', '300');
    expect(items.map((item) => Number(item.getAttribute('aria-posinset')))).toEqual(items.map((_, i) => i + 1));
  });

  it('renders every card, with no set size, while the list is short', async () => {
    await renderAppWith(manyHighlights(12));
    const items = await within(panel()).findAllByRole('listitem');
    expect(items).toHaveLength(12);
    expect(items[0]).not.toHaveAttribute('aria-setsize');
  });
});

describe('Keeping the list in step with storage', () => {
  it('does not read the whole list again after its own save, and does after another tab’s', async () => {
    const { services, reads } = countingServices();
    const [first, second] = manyHighlights(2) as [Annotation, Annotation];
    const { user } = await renderAppWith([first], services);
    await within(panel()).findAllByRole('listitem');
    const afterLoad = reads.annotations;

    // Our own change: the card goes, storage follows, and the list is not read again.
    await user.click(within(panel()).getByRole('button', { name: 'Delete' }));
    await waitFor(async () => expect(await services.db.annotations.count()).toBe(0));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(reads.annotations).toBe(afterLoad);
    expect(within(panel()).queryAllByRole('listitem')).toHaveLength(0);

    // Another tab (its own connection to the same database) adds one: the list is read again.
    const otherTab = createDb(services.db.name);
    await otherTab.annotations.put({ ...second, articleId: second.target.articleId });
    await waitFor(() => expect(within(panel()).getAllByRole('listitem')).toHaveLength(1));
    expect(reads.annotations).toBeGreaterThan(afterLoad);
    expect((await listAnnotations(services.db, second.target.articleId)).map((a) => a.id)).toEqual([second.id]);
    otherTab.close();
    expect(screen.getByRole('heading', { level: 1 })).toBeInTheDocument();
  });
});

describe('Deleting a card from the keyboard', () => {
  it('moves the focus to the next card, and to the search box when none is left', async () => {
    const [first, second] = manyHighlights(2) as [Annotation, Annotation];
    const { user } = await renderAppWith([first, second]);
    const [firstCard] = await within(panel()).findAllByRole('listitem');
    within(firstCard as HTMLElement).getByRole('button', { name: 'Delete' }).focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(within(panel()).getAllByRole('listitem')).toHaveLength(1));
    const remaining = within(panel()).getByRole('listitem');
    expect(within(remaining).getByRole('button', { name: second.target.quote.exact })).toHaveFocus();

    within(remaining).getByRole('button', { name: 'Delete' }).focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(within(panel()).queryAllByRole('listitem')).toHaveLength(0));
    expect(within(panel()).getByRole('searchbox', { name: 'Search annotations' })).toHaveFocus();
  });
});
