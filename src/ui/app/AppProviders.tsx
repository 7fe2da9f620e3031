import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ServicesContext, type Services } from '../../state/services';

/** Everything the app's hooks read from context: services (storage, clock, ids) and the query client. */
export function AppProviders({ services, queryClient, children }: { services: Services; queryClient: QueryClient; children: ReactNode }) {
  return (
    <ServicesContext.Provider value={services}>
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    </ServicesContext.Provider>
  );
}
