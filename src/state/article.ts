import { useQuery } from '@tanstack/react-query';
import { parseArticle } from '../core/model/parse-article';
import { queryKeys } from './keys';
import { useServices } from './services';

/** The article with this id, loaded and checked; errors carry a message for the reader. */
export function useArticle(articleId: string) {
  const { fetchArticle } = useServices();
  return useQuery({
    queryKey: queryKeys.article(articleId),
    queryFn: async () => {
      const result = parseArticle(await fetchArticle(articleId));
      if (!result.ok) throw new Error(result.error);
      return result.value;
    },
  });
}
