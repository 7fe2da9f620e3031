import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { useSyncStore } from '../../src/state/sync-store';
import { useSyncSwitch } from '../../src/state/sync-switch';
import { SyncControl } from '../../src/ui/sync/SyncControl';
import { renderWithProviders } from './render';

/** The Sync control with the store's connect and disconnect replaced, so nothing leaves the test. */
function renderSync() {
  const rendered = renderWithProviders(<SyncControl />);
  const connect = vi.fn(async () => undefined);
  const disconnect = vi.fn(async () => undefined);
  useSyncStore.setState({ connect, disconnect });
  return { ...rendered, connect, disconnect, user: userEvent.setup() };
}

async function openDialog(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('button', { name: 'Sync' }));
  return screen.findByRole('dialog', { name: 'Sync' });
}

describe('the Sync dialog', () => {
  it('says Not connected, and connects only with a ws:// address and a key, saying what is missing', async () => {
    const { user, connect, services } = renderSync();
    expect(screen.getByRole('status', { name: 'Sync status' })).toHaveTextContent('Not connected');
    const dialog = await openDialog(user);
    const address = within(dialog).getByRole('textbox', { name: 'Server address' });
    expect(address).toHaveFocus();

    await user.click(within(dialog).getByRole('button', { name: 'Connect' }));
    expect(within(dialog).getByRole('alert')).toHaveTextContent('The server address is not an address');
    expect(address).toHaveAccessibleDescription(/not an address/);

    await user.type(address, 'https://sync.example.org');
    await user.keyboard('{Enter}');
    expect(within(dialog).getByRole('alert')).toHaveTextContent('The server address starts with ws:// or wss://.');

    await user.clear(address);
    await user.type(address, ' ws://127.0.0.1:1234 ');
    await user.click(within(dialog).getByRole('button', { name: 'Connect' }));
    expect(within(dialog).getByRole('alert')).toHaveTextContent('Enter the team key your team gave you.');
    expect(connect).not.toHaveBeenCalled();

    await user.type(within(dialog).getByRole('textbox', { name: 'Team key' }), 'team-key-123 ');
    await user.type(within(dialog).getByRole('textbox', { name: 'Your name' }), ' Ana');
    await user.click(within(dialog).getByRole('button', { name: 'Connect' }));
    expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument();
    expect(connect).toHaveBeenCalledWith({ db: services.db, client: expect.anything() }, { url: 'ws://127.0.0.1:1234', key: 'team-key-123', name: 'Ana' });
  });

  it('while connected: shows the status, keeps the settings read-only and offers Disconnect', async () => {
    const { user, disconnect } = renderSync();
    // Sync left on at the last visit: its status loads with the page.
    useSyncSwitch.setState({ inUse: true });
    useSyncStore.setState({ saved: { settings: { url: 'wss://sync.example.org', key: 'team-key-123', name: 'Ana' }, active: true, readOnly: false }, status: { kind: 'offline', waiting: 2 } });
    await waitFor(() => expect(screen.getByRole('status', { name: 'Sync status' })).toHaveTextContent('Offline, 2 changes waiting'));
    const dialog = await openDialog(user);
    expect(within(dialog).getByRole('textbox', { name: 'Server address' })).toHaveValue('wss://sync.example.org');
    for (const name of ['Server address', 'Team key', 'Your name']) expect(within(dialog).getByRole('textbox', { name })).toHaveAttribute('readonly');
    expect(within(dialog).getByText('Offline, 2 changes waiting')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Disconnect' }));
    expect(disconnect).toHaveBeenCalledOnce();
  });

  it('after a wrong key says why, and offers Connect again with the fields editable', async () => {
    const { user } = renderSync();
    useSyncStore.setState({ status: { kind: 'refused', reason: 'wrong team key', readOnly: false } });
    const dialog = await openDialog(user);
    expect(within(dialog).getByText('Refused: wrong team key')).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Connect' })).toBeInTheDocument();
    expect(within(dialog).getByRole('textbox', { name: 'Team key' })).not.toHaveAttribute('readonly');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog', { name: 'Sync' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Sync' })).toHaveFocus();
  });
});
