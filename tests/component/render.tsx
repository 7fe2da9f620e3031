import type { QueryClient } from '@tanstack/react-query';
import { render, screen, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { beforeAll } from 'vitest';
import shippedArticle from '../../public/articles/press-tv-washington-asked-moscow-nusra.json';
import { createQueryClient } from '../../src/state/query-client';
import type { Services } from '../../src/state/services';
import { createDb } from '../../src/storage/db';
import { AppProviders } from '../../src/ui/app/AppProviders';
import { preloadEveryLazyComponent } from '../../src/ui/common/lazy-component';
import { resetStores } from './reset-stores';

let dbCounter = 0;

// Parts of the app that load on first use (the editor, dialogs) are loaded before the tests, as
// they are by a reader's intent: what a test clicks open is then there at once. (Registered here,
// the hook runs after the test file's imports, so every lazy part they define is included.)
beforeAll(() => preloadEveryLazyComponent());

/** Services for a test: a fresh fake-indexeddb database, a fixed clock and counting ids. */
export function testServices(overrides: Partial<Services> = {}): Services {
  let id = 0;
  return {
    db: createDb(`marginalia-test-${++dbCounter}`),
    now: () => new Date('2026-05-01T12:00:00.000Z'),
    newId: () => `urn:uuid:00000000-0000-4000-8000-${String(++id).padStart(12, '0')}`,
    fetchArticle: async () => structuredClone(shippedArticle),
    storageMode: { kind: 'persistent' },
    requestPersistence: async () => 'granted',
    ...overrides,
  };
}

/** Renders `ui` inside the app's providers; every store starts as new for every test (resetStores). */
export function renderWithProviders(ui: ReactElement, services: Services = testServices()): RenderResult & { services: Services; queryClient: QueryClient } {
  resetStores();
  const queryClient = createQueryClient();
  const result = render(
    <AppProviders services={services} queryClient={queryClient}>
      {ui}
    </AppProviders>,
  );
  return { ...result, services, queryClient };
}

/** The app's status message (saved, deleted with Undo, imported): every `status` but the top bar's `Sync status`. */
export function appStatus(): HTMLElement {
  return screen.getByRole('status', { name: (name) => name !== 'Sync status' });
}
