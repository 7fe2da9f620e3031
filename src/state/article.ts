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

/**
 * The title an article will be shown with, if this tab already knows it without reading the
 * article (the library listed it, or its details were read): null otherwise. Read from the
 * cache only, never fetched.
 */
export function useKnownTitle(articleId: string): string | null {
  const client = useQueryClient();
  const details = client.getQueryData<ReadonlyMap<string, { title: string }>>(queryKeys.everyArticleDetails())?.get(articleId);
  if (details?.title) return details.title;
  const stored = client.getQueryData<readonly { id: string; title: string }[]>(queryKeys.storedArticles())?.find((a) => a.id === articleId);
  if (stored) return stored.title;
  return client.getQueryData<readonly { id: string; title: string }[]>(queryKeys.shippedArticles())?.find((a) => a.id === articleId)?.title ?? null;
}
