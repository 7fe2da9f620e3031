import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PersistenceStatus, StorageNotice } from '../../src/ui/shell/StorageNotice';
import { renderWithProviders, testServices } from './render';

describe('StorageNotice', () => {
  it('says nothing when annotations are stored normally', () => {
    renderWithProviders(<StorageNotice />);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('warns, with the reason, that annotations live in memory only and points to Export', () => {
    renderWithProviders(<StorageNotice />, testServices({ storageMode: { kind: 'memory', reason: 'private browsing' } }));
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Annotations will not survive this session');
    expect(alert).toHaveTextContent('private browsing');
    expect(alert).toHaveTextContent('Export');
  });

  it('asks to reload when another tab upgrades the database, instead of blocking it', async () => {
    const services = testServices();
    renderWithProviders(<StorageNotice />, services);
    await services.db.open();
    act(() => {
      // What Dexie fires when another tab opens a newer schema version.
      services.db.on.versionchange.fire(Object.assign(new Event('versionchange'), { oldVersion: 1, newVersion: 2 }) as IDBVersionChangeEvent);
    });
    expect(screen.getByRole('alert')).toHaveTextContent('Reload this tab');
    expect(screen.getByRole('button', { name: 'Reload' })).toBeInTheDocument();
    expect(services.db.isOpen()).toBe(false);
  });
});

describe('PersistenceStatus', () => {
  it('shows whether the browser granted persistent storage', async () => {
    renderWithProviders(<PersistenceStatus />, testServices({ requestPersistence: async () => 'granted' }));
    expect(await screen.findByText('Stored persistently')).toBeInTheDocument();
  });

  it('says storage is not guaranteed when the browser declined', async () => {
    renderWithProviders(<PersistenceStatus />, testServices({ requestPersistence: async () => 'not-granted' }));
    expect(await screen.findByText('Storage not guaranteed')).toBeInTheDocument();
  });
});
