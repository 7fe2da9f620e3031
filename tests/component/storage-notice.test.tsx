import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { PersistenceStatus, StorageAdvice, StorageNotice } from '../../src/ui/shell/StorageNotice';
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

describe('StorageNotice when the database is deleted elsewhere', () => {
  it('says the stored data is gone and to export what is on screen, never that it is safe, and lets the deletion through', async () => {
    const services = testServices();
    renderWithProviders(<StorageNotice />, services);
    await services.db.open();
    // Another tab deletes the database (or the site's data is cleared): the deletion must not be blocked.
    const deleted = new Promise<void>((resolve, reject) => {
      const request = indexedDB.deleteDatabase(services.db.name);
      request.onsuccess = () => resolve();
      request.onerror = () => reject(request.error);
      request.onblocked = () => reject(new Error('blocked by this tab'));
    });
    await act(() => deleted);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Marginalia’s stored data was deleted in another tab, or with this site’s data.');
    expect(alert).toHaveTextContent('use Export now');
    expect(alert).not.toHaveTextContent('safe');
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

  it('says in words, on opening, what "not guaranteed" means and points to the backup', async () => {
    renderWithProviders(<PersistenceStatus />, testServices({ requestPersistence: async () => 'not-granted' }));
    const summary = await screen.findByText('Storage not guaranteed');
    const details = summary.closest('details') as HTMLDetailsElement;
    expect(details.open).toBe(false);
    await userEvent.setup().click(summary);
    expect(details.open).toBe(true);
    expect(details).toHaveTextContent(/may delete your articles and annotations/);
    expect(screen.getByRole('link', { name: 'back up everything to one file' })).toHaveAttribute('href', '#/library');
  });
});

describe('StorageAdvice', () => {
  it('explains, where the library is, what to do while storage is not guaranteed', async () => {
    renderWithProviders(<StorageAdvice />, testServices({ requestPersistence: async () => 'not-granted' }));
    const advice = await screen.findByText(/may delete your articles and annotations/);
    expect(advice).toHaveTextContent(/Back up library/);
  });

  it('says nothing once the browser has promised to keep the data', async () => {
    const requestPersistence = vi.fn(async () => 'granted' as const);
    renderWithProviders(<StorageAdvice />, testServices({ requestPersistence }));
    await waitFor(() => expect(requestPersistence).toHaveBeenCalled());
    expect(screen.queryByText(/may delete/)).toBeNull();
  });
});
