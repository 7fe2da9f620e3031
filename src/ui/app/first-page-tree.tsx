import { StrictMode } from 'react';
import type { Article } from '../../core/model/article';
import { queryKeys } from '../../state/keys';
import type { QueryClient } from '@tanstack/react-query';
import type { Services } from '../../state/services';
import { App } from './App';
import { AppProviders } from './AppProviders';

/**
 * The whole app as main.tsx renders it. With `article`, the reader opens on it at once (its
 * query already answered): the build renders exactly this to HTML (prerender.tsx) and the client
 * hydrates it, so both must draw the same first frame.
 */
export function appTree(services: Services, queryClient: QueryClient, article?: Article) {
  if (article) queryClient.setQueryData(queryKeys.article(article.id), article);
  return (
    <StrictMode>
      <AppProviders services={services} queryClient={queryClient}>
        {article ? <App articleId={article.id} /> : <App />}
      </AppProviders>
    </StrictMode>
  );
}
