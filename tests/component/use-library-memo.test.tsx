import { renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { createQueryClient } from '../../src/state/query-client';
import { useLibrary } from '../../src/state/library';
import { AppProviders } from '../../src/ui/app/AppProviders';
import { libraryServices } from './library-helpers';
import { resetStores } from './reset-stores';

describe('useLibrary', () => {
  it('keeps the same library across renders while nothing stored changed (it walks every annotation)', async () => {
    resetStores();
    const services = libraryServices();
    const queryClient = createQueryClient();
    const wrapper = ({ children }: { children: ReactNode }) => (
      <AppProviders services={services} queryClient={queryClient}>
        {children}
      </AppProviders>
    );
    const { result, rerender } = renderHook(() => useLibrary(), { wrapper });
    await waitFor(() => expect(result.current.isPending).toBe(false));
    const first = result.current;
    expect(first.entries.length).toBeGreaterThan(0);
    rerender();
    rerender();
    expect(result.current).toBe(first);
    expect(result.current.entries).toBe(first.entries);
  });
});
