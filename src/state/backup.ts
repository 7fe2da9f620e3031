import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { BackupArticle, BackupDetails, ParsedBackup, RestorePlan } from '../core/exchange/backup';
import type { Annotation } from '../core/model/annotation';
import { describedArticleIds } from '../storage/article-details';
import { readLibrary, restoreLibrary, revertRestore, storedArticleIds, type RestoreOutcome } from '../storage/backup';
import { storedVersions } from '../storage/import';
import { queryKeys } from './keys';
import { useServices, type Services } from './services';

/**
 * Reads the whole library (every stored article, annotation and edited details) for a backup. A
 * plain function, so a page can load this module only when the reader asks for a backup.
 */
export function readWholeLibrary(db: Services['db']): Promise<{ articles: BackupArticle[]; annotations: Annotation[]; details: BackupDetails[] }> {
  return readLibrary(db);
}

/** Plans a restore against what is stored (the planner is loaded with the backup reader). Writes nothing. */
export function usePlanRestore(): (backup: ParsedBackup) => Promise<RestorePlan> {
  const { db } = useServices();
  return useCallback(
    async (backup) => {
      const { planRestore } = await import('../core/exchange/backup');
      const stored = await storedVersions(db, backup.annotations.map((a) => a.id));
      const [articleIds, describedIds] = await Promise.all([
        storedArticleIds(db, backup.articles.map((a) => a.id)),
        describedArticleIds(db, backup.details.map((d) => d.article)),
      ]);
      return planRestore(backup, stored, articleIds, describedIds);
    },
    [db],
  );
}

/** Writes a previewed restore in one transaction (all or nothing); every article and annotation query is refreshed. */
export function useRestoreLibrary() {
  const { db } = useServices();
  const refresh = useRefreshLibrary();
  return useMutation({
    mutationFn: ({
      articles,
      annotations,
      details,
      onProgress,
    }: {
      articles: readonly BackupArticle[];
      annotations: readonly Annotation[];
      details: readonly BackupDetails[];
      onProgress?: (fraction: number) => void;
    }) => restoreLibrary(db, articles, annotations, details, onProgress),
    onSettled: refresh,
  });
}

/** Undoes a restore (what it added goes, what it replaced comes back), in one transaction. */
export function useRevertRestore() {
  const { db } = useServices();
  const refresh = useRefreshLibrary();
  return useMutation({ mutationFn: (outcome: RestoreOutcome) => revertRestore(db, outcome), onSettled: refresh });
}

export type { RestoreOutcome };

function useRefreshLibrary() {
  const client = useQueryClient();
  return useCallback(async () => {
    await client.invalidateQueries({ queryKey: queryKeys.annotationsAll() });
    await client.invalidateQueries({ queryKey: queryKeys.storedArticles() });
    await client.invalidateQueries({ queryKey: queryKeys.articlesAll() });
    await client.invalidateQueries({ queryKey: queryKeys.articleDetailsAll() });
  }, [client]);
}
