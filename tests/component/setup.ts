import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { resetStores } from './reset-stores';

// Every test starts from new stores, also one that renders without renderWithProviders.
afterEach(() => {
  cleanup();
  resetStores();
});
