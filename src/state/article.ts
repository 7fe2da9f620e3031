import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { Article } from '../core/model/article';
import { parseArticle } from '../core/model/parse-article';
import { getStoredArticle } from '../storage/articles';
import { queryKeys } from './keys';
import { shippedArticlesQuery } from './shipped-articles';
import { useServices } from './services';

/**
 * The article with this id, loaded and checked: from the library in IndexedDB first, then from
 * the shipped files. `null` when it is in neither (a deleted article, an address from another
 * browser); errors carry a message for the reader.
 */
export function useArticle(articleId: string) {
  const { db, fetchArticle, fetchManifest } = useServices();
  const client = useQueryClient();
  return useQuery({
    queryKey: queryKeys.article(articleId),
    queryFn: async (): Promise<Article | null> => {
      const stored = await getStoredArticle(db, articleId);
      if (stored) {
        const { added: _added, ...record } = stored;
        const result = parseArticle(record);
        if (!result.ok) throw new Error(`The stored article “${stored.title}” cannot be shown: ${result.error}`);
        return result.value;
      }
      if (fetchManifest) {
        const shipped = await client.ensureQueryData(shippedArticlesQuery(fetchManifest));
        if (!shipped.some((s) => s.id === articleId)) return null;
      }
      const result = parseArticle(await fetchArticle(articleId));
      if (!result.ok) throw new Error(result.error);
      return result.value;
    },
  });
}
