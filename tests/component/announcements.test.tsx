import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { annotate, panel, renderAppWith } from './shipped-article';
import { appStatus } from './render';

function announcer(): HTMLElement {
  return screen.getByTestId('announcer');
}

describe('Announcements and moving between annotations', () => {
  it('] and [ walk through the annotations in text order, mark each active and read it out', async () => {
    const { user } = await renderAppWith([
      annotate('over 400,000 people have been killed', { verdict: 'unverified', note: 'UN envoy figure', tags: ['figures'] }),
      annotate('3,000 new militants'),
    ]);
    await within(panel()).findAllByRole('listitem');
    await user.keyboard(']');
    await waitFor(() => expect(announcer()).toHaveTextContent('Annotation 1 of 2, the first. Highlight: “3,000 new militants”.'));
    expect(within(panel()).getAllByRole('listitem')[0]).toHaveAttribute('aria-current', 'true');
    await user.keyboard(']');
    await waitFor(() => expect(announcer()).toHaveTextContent('Annotation 2 of 2, the last. Fact-check, Unverified: “over 400,000 people have been killed”. Note: UN envoy figure Tags: figures.'));
    expect(within(panel()).getAllByRole('listitem')[1]).toHaveAttribute('aria-current', 'true');
    // Past the last, ] stays there and says so again.
    await user.keyboard(']');
    await waitFor(() => expect(announcer()).toHaveTextContent(/^Annotation 2 of 2, the last\./));
    await user.keyboard('[[');
    await waitFor(() => expect(announcer()).toHaveTextContent('Annotation 1 of 2, the first.'));
  });

  it('reads a note’s words, not its Markdown', async () => {
    const { user } = await renderAppWith([
      annotate('3,000 new militants', { verdict: 'false', note: 'The **Observatory** says *fewer*; see [its report](https://example.org/r).' }),
    ]);
    await within(panel()).findAllByRole('listitem');
    await user.keyboard(']');
    await waitFor(() => expect(announcer()).toHaveTextContent('Note: The Observatory says fewer; see its report.'));
    expect(announcer().textContent).not.toMatch(/\*|\]\(/);
  });

  it('announces saving and deleting', async () => {
    const { user } = await renderAppWith([annotate('3,000 new militants', { note: 'first' })]);
    const [item] = await within(panel()).findAllByRole('listitem');
    await user.click(within(item as HTMLElement).getByRole('button', { name: 'Edit' }));
    await user.type(screen.getByRole('textbox', { name: 'Note' }), ' and more');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(announcer()).toHaveTextContent('Note saved.'));
    await user.click(within(within(panel()).getAllByRole('listitem')[0] as HTMLElement).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(appStatus()).toHaveTextContent('Annotation deleted.'));
  });
});
