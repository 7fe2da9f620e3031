import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { Article } from '../core/model/article';
import { withDetails, type ArticleDetails } from '../core/model/article-details';
import { deleteArticleDetails, getArticleDetails, listArticleDetails, putArticleDetails } from '../storage/article-details';
import { queryKeys } from './keys';
import { useServices } from './services';

/** The details the reader gave this article; null when they never edited them. */
export function useArticleDetails(articleId: string) {
  const { db } = useServices();
  return useQuery({ queryKey: queryKeys.articleDetails(articleId), queryFn: () => getArticleDetails(db, articleId) });
}

/** Every article's edited details, by id (the library lists articles by their edited titles). */
export function useEveryArticleDetails() {
  const { db } = useServices();
  return useQuery({ queryKey: queryKeys.everyArticleDetails(), queryFn: () => listArticleDetails(db) });
}

/**
 * The article as the reader described it (withDetails). Until the details are read it is the
 * article as it came, which is what the build's HTML shows, so hydration sees the same frame.
 */
export function useDescribedArticle(article: Article): Article {
  const details = useArticleDetails(article.id).data ?? null;
  return useMemo(() => withDetails(article, details), [article, details]);
}

/** Saves an article's details (already checked with checkArticleDetails); the reader, the library and the exports follow. */
export function useSaveArticleDetails(articleId: string) {
  const { db } = useServices();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (details: ArticleDetails) => putArticleDetails(db, articleId, details),
    onSuccess: (_done, details) => {
      client.setQueryData(queryKeys.articleDetails(articleId), details);
      return client.invalidateQueries({ queryKey: queryKeys.articleDetailsAll() });
    },
  });
}

/** Forgets an article's edited details: the details it came with are used again. */
export function useForgetArticleDetails(articleId: string) {
  const { db } = useServices();
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => deleteArticleDetails(db, articleId),
    onSuccess: () => {
      client.setQueryData(queryKeys.articleDetails(articleId), null);
      return client.invalidateQueries({ queryKey: queryKeys.articleDetailsAll() });
    },
  });
}
