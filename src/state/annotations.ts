import { hashKey, replaceEqualDeep, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { Annotation } from '../core/model/annotation';
import { compareByPosition } from '../core/model/annotation';
import { insertSorted } from '../core/model/insert-sorted';
import { deleteAnnotation, getAnnotation, replaceIfUnchanged, listAnnotations, putAnnotation, saveEdit } from '../storage/annotations';
import { queryKeys } from './keys';
import { ownWrite } from './own-writes';
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
    mutationFn: (annotation: Annotation) => ownWrite(db, 'annotations', () => putAnnotation(db, annotation)),
    onMutate: (annotation) => replaceInCache(client, annotation.target.articleId, (list) => upsert(list, annotation)),
    onError: (_error, annotation, change) => restoreCache(client, annotation.target.articleId, change),
    onSuccess: (_data, annotation, change) => afterOwnWrite(client, annotation.target.articleId, change),
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
    mutationFn: ({ annotation, baseModified }: { annotation: Annotation; baseModified: string }) => ownWrite(db, 'annotations', () => saveEdit(db, annotation, baseModified)),
    onMutate: ({ annotation }) => replaceInCache(client, annotation.target.articleId, (list) => upsert(list, annotation)),
    onError: (_error, { annotation }, change) => restoreCache(client, annotation.target.articleId, change),
    onSuccess: (_data, { annotation }, change) => afterOwnWrite(client, annotation.target.articleId, change),
  });
}

/**
 * The annotation as this tab's cache holds it right now (its own saves land there before they
 * resolve; other tabs' changes once read): fresher than a render's list when keys come fast.
 */
export function useCachedAnnotation(): (articleId: string, id: string) => Annotation | undefined {
  const client = useQueryClient();
  return useCallback((articleId: string, id: string) => client.getQueryData<Annotation[]>(queryKeys.annotations(articleId))?.find((a) => a.id === id), [client]);
}

/** Reads one stored annotation by id (undefined when there is none), outside any query. */
export function useReadStoredAnnotation(): (id: string) => Promise<Annotation | undefined> {
  const { db } = useServices();
  return useCallback((id: string) => getAnnotation(db, id), [db]);
}

/** One step of undo or redo: what is stored for an annotation, and what it becomes. */
export interface GuardedChange {
  id: string;
  articleId: string;
  /** The `modified` of the version that must still be stored (null: none may be). */
  expected: string | null;
  /** What it becomes; null deletes it. */
  next: Annotation | null;
}

/** Thrown when an undo or redo would overwrite a change made elsewhere since; nothing was written. */
export class ChangedElsewhereError extends Error {
  constructor() {
    super('it was changed in another tab or on another device since; that newer version is kept');
    this.name = 'ChangedElsewhereError';
  }
}

/**
 * Makes an undo or redo: writes only if the annotation is still as this tab left it
 * (replaceIfUnchanged), else rejects with ChangedElsewhereError and refreshes the list, so the
 * newer version shows. Not optimistic: the write is checked first.
 */
export function useGuardedChange() {
  const { db } = useServices();
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, expected, next }: GuardedChange) => {
      const result = await ownWrite(db, 'annotations', () => replaceIfUnchanged(db, id, expected, next));
      if (!result.ok) throw new ChangedElsewhereError();
    },
    onSuccess: async (_done, { id, articleId, next }) => {
      const change = await replaceInCache(client, articleId, (list) => (next ? upsert(list, next) : list.filter((a) => a.id !== id)));
      afterOwnWrite(client, articleId, change);
    },
    onError: (_error, { articleId }) => client.invalidateQueries({ queryKey: queryKeys.annotations(articleId) }),
  });
}

/** Deletes an annotation (optimistically, like save). */
export function useDeleteAnnotation() {
  const { db } = useServices();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (annotation: Annotation) => ownWrite(db, 'annotations', () => deleteAnnotation(db, annotation.id)),
    onMutate: (annotation) => replaceInCache(client, annotation.target.articleId, (list) => list.filter((a) => a.id !== annotation.id)),
    onError: (_error, annotation, change) => restoreCache(client, annotation.target.articleId, change),
    onSuccess: (_data, annotation, change) => afterOwnWrite(client, annotation.target.articleId, change),
  });
}

/**
 * A change already stored (sync's, from another device), put into the article's cached list as
 * this tab's own saves are: nothing read again. A list not in the cache is left to be read when
 * it is wanted; the other views of annotations go stale either way.
 */
export async function changeCachedList(client: QueryClient, articleId: string, change: (list: Annotation[]) => Annotation[]): Promise<void> {
  if (client.getQueryData(queryKeys.annotations(articleId)) === undefined) {
    await client.invalidateQueries({ queryKey: queryKeys.annotationsAll() });
    return;
  }
  afterOwnWrite(client, articleId, await replaceInCache(client, articleId, change));
}

/** The list as it was before an optimistic change, and whether a refetch was cut short by it. */
interface CacheChange {
  previous: Annotation[] | undefined;
  interrupted: boolean;
}

async function replaceInCache(client: QueryClient, articleId: string, change: (list: Annotation[]) => Annotation[]): Promise<CacheChange> {
  const key = queryKeys.annotations(articleId);
  const interrupted = client.isFetching({ queryKey: key }) > 0;
  await client.cancelQueries({ queryKey: key });
  const previous = client.getQueryData<Annotation[]>(key);
  client.setQueryData<Annotation[]>(key, change(previous ?? []));
  return { previous, interrupted };
}

/** Storage refused: the list goes back to what it was, and is read again in case it changed meanwhile. */
function restoreCache(client: QueryClient, articleId: string, change: CacheChange | undefined): void {
  client.setQueryData(queryKeys.annotations(articleId), change?.previous);
  void client.invalidateQueries({ queryKey: queryKeys.annotations(articleId) });
}

/**
 * The write is stored and the article's list in the cache already holds it, so the list is not
 * read again (10,000 annotations take ~100 ms), unless the optimistic change cut short a refetch
 * that was bringing another tab's change. Other views of annotations (the library) go stale.
 */
function afterOwnWrite(client: QueryClient, articleId: string, change: CacheChange | undefined): void {
  const list = hashKey(queryKeys.annotations(articleId));
  void client.invalidateQueries({
    queryKey: queryKeys.annotationsAll(),
    predicate: (query) => change?.interrupted === true || query.queryHash !== list,
  });
}

/** `list` (in document order) with `annotation` in place of its old version, where it sorts: no full re-sort of 10,000. */
function upsert(list: Annotation[], annotation: Annotation): Annotation[] {
  const rest = list.filter((a) => a.id !== annotation.id);
  insertSorted(rest, annotation, compareByPosition);
  return rest;
}
