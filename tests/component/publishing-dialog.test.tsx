import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { getPublisher, getReportUrl } from '../../src/storage/settings';
import { libraryServices, renderAppAt, resetAddress } from './library-helpers';
import { article as shipped } from './shipped-article';

afterEach(resetAddress);

async function openPublishing() {
  const services = libraryServices();
  const { user } = await renderAppAt('', services);
  await user.click(await screen.findByRole('button', { name: 'Export' }));
  await user.click(await screen.findByRole('menuitem', { name: 'Publishing details…' }));
  const dialog = await screen.findByRole('dialog', { name: 'Publishing details' });
  return { services, user, dialog };
}

describe('Publishing details', () => {
  it('saves a person as the publisher, with the report address, once every field checks out', async () => {
    const { services, user, dialog } = await openPublishing();
    expect(within(dialog).getByRole('textbox', { name: 'Publisher name' })).toHaveFocus();
    await user.click(within(dialog).getByRole('radio', { name: 'Person' }));
    expect(within(dialog).getByRole('textbox', { name: 'Logo address' })).toHaveAccessibleDescription('Optional. The address of your portrait.');
    await user.type(within(dialog).getByRole('textbox', { name: 'Publisher name' }), 'Ana Ruiz');
    await user.type(within(dialog).getByRole('textbox', { name: 'Publisher home page' }), 'javascript:alert(1)');
    await user.type(within(dialog).getByRole('textbox', { name: 'Report address' }), 'anaruiz.example/checks/nusra');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    const home = within(dialog).getByRole('textbox', { name: 'Publisher home page' });
    expect(home).toHaveAttribute('aria-invalid', 'true');
    expect(home).toHaveAccessibleDescription(/Only http and https links/);
    expect(await getPublisher(services.db)).toBeNull();

    await user.clear(home);
    await user.type(home, 'anaruiz.example');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await getPublisher(services.db)).toEqual({ type: 'Person', name: 'Ana Ruiz', url: 'https://anaruiz.example/' });
    expect(await getReportUrl(services.db, shipped.id)).toBe('https://anaruiz.example/checks/nusra');
  });

  it('needs a name, and Cancel keeps nothing', async () => {
    const { services, user, dialog } = await openPublishing();
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(within(dialog).getByRole('textbox', { name: 'Publisher name' })).toHaveAccessibleDescription(/Enter the name of the newsroom or person/);
    await user.type(within(dialog).getByRole('textbox', { name: 'Publisher name' }), 'Desk');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await getPublisher(services.db)).toBeNull();
  });
});
