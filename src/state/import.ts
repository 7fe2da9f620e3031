import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { ParsedImport } from '../core/exchange/import-types';
import { planImport, type CurrentArticle, type ImportPlan } from '../core/exchange/plan-import';
import type { Annotation } from '../core/model/annotation';
import { importAnnotations, revertImport, storedVersionsAndOwners, type ImportOutcome } from '../storage/import';
import { queryKeys } from './keys';
import { useServices } from './services';

export type { ImportOutcome };

/**
 * Previews an import: reads the stored version of every annotation the file names and plans
 * against the open article. Writes nothing.
 */
export function usePlanImport(): (parsed: ParsedImport, current: CurrentArticle) => Promise<ImportPlan> {
  const { db, newId } = useServices();
  return useCallback(
    async (parsed, current) => {
      const { versions, owners } = await storedVersionsAndOwners(db, parsed.items.map((i) => i.annotation.id));
      return planImport(parsed, versions, current, { articleOf: owners, newId });
    },
    [db, newId],
  );
}

/**
 * Writes a previewed import in one transaction (all or nothing); rejects with the storage error.
 * Every article's annotation queries are refreshed, since an import can touch any article.
 */
export function useImportAnnotations() {
  const { db } = useServices();
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ toWrite, onProgress }: { toWrite: readonly Annotation[]; onProgress?: (fraction: number) => void }) => importAnnotations(db, toWrite, onProgress),
    onSettled: () => client.invalidateQueries({ queryKey: queryKeys.annotationsAll() }),
  });
}

/** Undoes an import: removes what it added and restores what it replaced, in one transaction. */
export function useRevertImport() {
  const { db } = useServices();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (outcome: Pick<ImportOutcome, 'added' | 'replaced'>) => revertImport(db, outcome),
    onSettled: () => client.invalidateQueries({ queryKey: queryKeys.annotationsAll() }),
  });
}
