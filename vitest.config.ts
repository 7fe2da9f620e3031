import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

/**
 * The layers of tests (ARCHITECTURE.md): unit tests of core and storage in Node, component
 * tests in jsdom with fake-indexeddb, integration tests against the real sync server (its own
 * process, and redis-server), and end-to-end tests driving Debian's Chromium against the built
 * app (run `npm run build` first). Speed is never asserted here: see `npm run bench`.
 */
export default defineConfig({
  plugins: [react()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts'],
          // A cap, not a speed check: property tests over random text need more than the
          // default 5 s when the two cores are busy (seen: 5.05 s under a load of 10).
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'component',
          environment: 'jsdom',
          include: ['tests/component/**/*.test.tsx'],
          setupFiles: ['tests/component/setup.ts'],
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          // The sync server in its own process (and redis-server), on free loopback ports.
          name: 'integration',
          environment: 'node',
          include: ['tests/integration/**/*.test.ts'],
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/support/global-setup.ts'],
          // One browser at a time: the machines have two cores.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
