import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { buildLibrary, countAnnotations, missingArticles, type LibraryEntry, type MissingArticle } from '../core/library/library-entries';
import type { Annotation } from '../core/model/annotation';
import type { Article } from '../core/model/article';
import { addArticle, deleteArticle, listArticleSummaries, listEveryAnnotation, restoreArticle, type RemovedArticle } from '../storage/articles';
import { useEveryArticleDetails } from './article-details';
import { queryKeys } from './keys';
import { shippedArticlesQuery } from './shipped-articles';
import { useServices } from './services';

/**
 * Every annotation of every article (for the library's counts and its search). Refetched each
 * time a view using it mounts, since the reader's own writes refresh only their article's list.
 */
export function useEveryAnnotation() {
  const { db } = useServices();
  return useQuery({ queryKey: queryKeys.annotationsEverywhere(), queryFn: () => listEveryAnnotation(db), refetchOnMount: 'always' });
}

export interface Library {
  entries: LibraryEntry[];
  /** Articles that have annotations here but are not in the library. */
  missing: MissingArticle[];
  annotations: Annotation[];
  isPending: boolean;
  /** The first failure, as a message for the reader. */
  error: Error | null;
  retry: () => void;
}

const NO_ANNOTATIONS: Annotation[] = [];

/** The library: shipped and stored articles with their annotation and fact-check counts. */
export function useLibrary(): Library {
  const { db, fetchManifest } = useServices();
  const shipped = useQuery(shippedArticlesQuery(fetchManifest));
  const stored = useQuery({ queryKey: queryKeys.storedArticles(), queryFn: () => listArticleSummaries(db), refetchOnMount: 'always' });
  const every = useEveryAnnotation();
  const details = useEveryArticleDetails();
  // The memos depend on the data, never on the query results, which are new objects each render:
  // building the library walks every annotation of every article.
  const annotations = every.data ?? NO_ANNOTATIONS;
  const entries = useMemo(
    () => buildLibrary(shipped.data ?? [], stored.data ?? [], countAnnotations(annotations), details.data),
    [shipped.data, stored.data, annotations, details.data],
  );
  const missing = useMemo(() => missingArticles(entries, annotations), [entries, annotations]);
  const isPending = shipped.isPending || stored.isPending || every.isPending;
  const error = shipped.error ?? stored.error ?? every.error ?? null;
  const { refetch: refetchShipped, isError: shippedFailed } = shipped;
  const { refetch: refetchStored, isError: storedFailed } = stored;
  const { refetch: refetchEvery, isError: everyFailed } = every;
  const retry = useCallback(() => {
    if (shippedFailed) void refetchShipped();
    if (storedFailed) void refetchStored();
    if (everyFailed) void refetchEvery();
  }, [shippedFailed, storedFailed, everyFailed, refetchShipped, refetchStored, refetchEvery]);
  return useMemo(
    () => ({ entries, missing, annotations, isPending, error, retry }),
    [entries, missing, annotations, isPending, error, retry],
  );
}

/**
 * Adds an opened article to the library (or finds it there, when the same text was opened
 * before: see addArticle) and primes the reader's cache with the stored version.
 */
export function useOpenArticle() {
  const { db, now } = useServices();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (article: Article) => addArticle(db, article, now()),
    onSuccess: ({ record }) => {
      const { added: _added, ...article } = record;
      client.setQueryData(queryKeys.article(article.id), article);
      return client.invalidateQueries({ queryKey: queryKeys.storedArticles() });
    },
  });
}

/** What deleting an article removed, kept to undo it. */
export type DeletedArticle = RemovedArticle;

/** Deletes a stored article and its annotations together; resolves to what `useRestoreArticle` needs to undo it. */
export function useDeleteArticle() {
  const { db } = useServices();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string): Promise<DeletedArticle> => deleteArticle(db, id),
    onSuccess: (_removed, id) => {
      client.removeQueries({ queryKey: queryKeys.article(id) });
      return refreshLibrary(client, id);
    },
  });
}

/** Puts back an article and its annotations removed by `useDeleteArticle`. */
export function useRestoreArticle() {
  const { db } = useServices();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (removed: DeletedArticle) => restoreArticle(db, removed),
    onSuccess: (_done, removed) => {
      const id = removed.article?.id ?? removed.annotations[0]?.articleId;
      return id ? refreshLibrary(client, id) : undefined;
    },
  });
}

async function refreshLibrary(client: ReturnType<typeof useQueryClient>, id: string): Promise<void> {
  await Promise.all([
    client.invalidateQueries({ queryKey: queryKeys.storedArticles() }),
    client.invalidateQueries({ queryKey: queryKeys.annotationsAll() }),
    client.invalidateQueries({ queryKey: queryKeys.article(id) }),
    client.invalidateQueries({ queryKey: queryKeys.articleDetailsAll() }),
  ]);
}
