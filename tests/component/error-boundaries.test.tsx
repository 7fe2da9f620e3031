import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { annotateStored, libraryServices, renderAppAt, resetAddress } from './library-helpers';
import { article as shipped, panel } from './shipped-article';

afterEach(() => {
  resetAddress();
  vi.restoreAllMocks();
});

/** A stored record damaged outside the app (another tool, an old version): one field the wrong type. */
async function damage(services: ReturnType<typeof libraryServices>, id: string, fields: Record<string, unknown>) {
  const record = await services.db.annotations.get(id);
  await services.db.annotations.put({ ...record, ...fields } as NonNullable<typeof record>);
}

describe('a part of the page that cannot be shown', () => {
  it('is one card that says so, while the text, the other cards and Export go on', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const services = libraryServices();
    const good = await annotateStored(services, shipped, 'Sergey Lavrov', { note: 'Foreign minister' });
    const broken = await annotateStored(services, shipped, 'televised speech', { note: 'Which channel?' });
    await damage(services, broken.id, { evidence: 'not a list' });
    await renderAppAt('', services);
    await screen.findByRole('complementary', { name: 'Annotations' });
    const list = panel();
    expect(await within(list).findByRole('alert')).toHaveTextContent(/^This annotation cannot be shown \(.+\)\. It is still stored, and Export and Back up keep it\.$/);
    expect(within(list).getByText('Foreign minister')).toBeInTheDocument();
    expect(screen.getByRole('article')).toHaveTextContent('Sergey Lavrov');
    expect(screen.getByRole('button', { name: 'Export' })).toBeEnabled();
    expect(good.id).not.toBe(broken.id);
  });

  it('is the whole view only when nothing smaller caught it: it says nothing is lost and offers a backup', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const services = libraryServices();
    const broken = await annotateStored(services, shipped, 'televised speech', { tags: ['speech'] });
    await damage(services, broken.id, { tags: 'not a list' });
    const { user } = await renderAppAt('', services);
    const crash = (await screen.findByRole('heading', { name: 'This page could not be shown' })).closest('main') as HTMLElement;
    expect(crash).toHaveAttribute('role', 'alert');
    expect(crash).toHaveTextContent('Nothing you saved is lost: your articles and annotations are still stored in this browser.');
    const created: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => (created.push(blob as Blob), 'blob:backup'));
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    await user.click(within(crash).getByRole('button', { name: 'Back up library' }));
    expect(await within(crash).findByText('The backup file with everything stored here has been downloaded.')).toBeInTheDocument();
    const backup = JSON.parse(await created[0]!.text()) as { annotations: Array<{ id: string }> };
    expect(backup.annotations.map((a) => a.id)).toEqual([broken.id]);
    expect(within(crash).getByRole('link', { name: 'Go to the library' })).toHaveAttribute('href', '#/library');
  });
});
