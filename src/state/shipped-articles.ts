import { queryOptions } from '@tanstack/react-query';
import { parseShippedManifest, type ShippedArticle } from '../core/library/shipped-manifest';
import { queryKeys } from './keys';
import type { Services } from './services';

/**
 * The manifest of shipped articles, loaded once per session; none when the services have no
 * manifest. Its own module: the reader needs it to open an article, and should not load the
 * library's hooks (and their storage calls) for that.
 */
export function shippedArticlesQuery(fetchManifest: Services['fetchManifest']) {
  return queryOptions({
    queryKey: queryKeys.shippedArticles(),
    queryFn: async (): Promise<ShippedArticle[]> => {
      if (!fetchManifest) return [];
      const parsed = parseShippedManifest(await fetchManifest());
      if (!parsed.ok) throw new Error(parsed.error);
      return parsed.value;
    },
    staleTime: Infinity,
  });
}
