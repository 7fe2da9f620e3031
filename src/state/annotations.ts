import { replaceEqualDeep, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { Annotation } from '../core/model/annotation';
import { compareByPosition } from '../core/model/annotation';
import { deleteAnnotation, listAnnotations, putAnnotation, saveEdit } from '../storage/annotations';
import { queryKeys } from './keys';
import { useServices } from './services';

/** The article's annotations in document order (by stored position). */
export function useAnnotations(articleId: string) {
  const { db } = useServices();
  return useQuery({
    queryKey: queryKeys.annotations(articleId),
    queryFn: async () => (await listAnnotations(db, articleId)).sort(compareByPosition),
    structuralSharing: shareById,
  });
}

/**
 * Structural sharing by id: an annotation deep-equal to the one cached keeps the cached object,
 * wherever it now stands in the list. (The default matches by index, so one annotation inserted
 * near the top would hand every card below it a new object, and thousands of memoised cards
 * would re-render on each save.) The same list back when nothing changed.
 */
export function shareById(previous: unknown, next: unknown): unknown {
  if (!Array.isArray(previous) || !Array.isArray(next)) return next;
  const before = new Map((previous as Annotation[]).map((a) => [a.id, a]));
  let same = previous.length === next.length;
  const shared = (next as Annotation[]).map((a, i) => {
    const kept = replaceEqualDeep(before.get(a.id), a);
    if (kept !== previous[i]) same = false;
    return kept;
  });
  return same ? previous : shared;
}

/**
 * Saves (creates or replaces) an annotation. The cache is updated before the write so the
 * highlight paints at once; if storage refuses, the cache is put back and the error is passed
 * to the caller, which keeps the user's text on screen.
 */
export function useSaveAnnotation() {
  const { db } = useServices();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (annotation: Annotation) => putAnnotation(db, annotation),
    onMutate: (annotation) => replaceInCache(client, annotation.target.articleId, (list) => upsert(list, annotation)),
    onError: (_error, annotation, previous) => restoreCache(client, annotation.target.articleId, previous),
    onSettled: (_data, _error, annotation) => client.invalidateQueries({ queryKey: queryKeys.annotations(annotation.target.articleId) }),
  });
}

/**
 * Saves an edit of an existing annotation made from the version `baseModified`; resolves to the
 * version it replaced when another tab had changed (or deleted) it meanwhile.
 */
export function useSaveEdit() {
  const { db } = useServices();
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ annotation, baseModified }: { annotation: Annotation; baseModified: string }) => saveEdit(db, annotation, baseModified),
    onMutate: ({ annotation }) => replaceInCache(client, annotation.target.articleId, (list) => upsert(list, annotation)),
    onError: (_error, { annotation }, previous) => restoreCache(client, annotation.target.articleId, previous),
    onSettled: (_data, _error, { annotation }) => client.invalidateQueries({ queryKey: queryKeys.annotations(annotation.target.articleId) }),
  });
}

/** Deletes an annotation (optimistically, like save). */
export function useDeleteAnnotation() {
  const { db } = useServices();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (annotation: Annotation) => deleteAnnotation(db, annotation.id),
    onMutate: (annotation) => replaceInCache(client, annotation.target.articleId, (list) => list.filter((a) => a.id !== annotation.id)),
    onError: (_error, annotation, previous) => restoreCache(client, annotation.target.articleId, previous),
    onSettled: (_data, _error, annotation) => client.invalidateQueries({ queryKey: queryKeys.annotations(annotation.target.articleId) }),
  });
}

type Snapshot = Annotation[] | undefined;

async function replaceInCache(client: QueryClient, articleId: string, change: (list: Annotation[]) => Annotation[]): Promise<Snapshot> {
  const key = queryKeys.annotations(articleId);
  await client.cancelQueries({ queryKey: key });
  const previous = client.getQueryData<Annotation[]>(key);
  client.setQueryData<Annotation[]>(key, change(previous ?? []));
  return previous;
}

function restoreCache(client: QueryClient, articleId: string, previous: Snapshot): void {
  client.setQueryData(queryKeys.annotations(articleId), previous);
}

function upsert(list: Annotation[], annotation: Annotation): Annotation[] {
  const rest = list.filter((a) => a.id !== annotation.id);
  return [...rest, annotation].sort(compareByPosition);
}
