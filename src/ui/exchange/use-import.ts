import { useCallback, useState } from 'react';
import { checkImportSize } from '../../core/exchange/import-limits';
import type { CurrentArticle, ImportPlan } from '../../core/exchange/plan-import';
import { useImportAnnotations, usePlanImport, useRevertImport, type ImportOutcome } from '../../state/import';
import { useServices } from '../../state/services';
import { useUiStore } from '../../state/ui-store';
import { useUndoStore } from '../../state/undo-store';
import { runInWorker } from '../library/run-in-worker';
import type { ImportParseAnswer, ImportParseRequest } from './import-worker';

/** Where an import stands: choosing, reading the file, showing the preview, or writing. */
export type ImportStep =
  | { step: 'idle' }
  | { step: 'reading'; fileName: string }
  | { step: 'preview'; fileName: string; plan: ImportPlan }
  | { step: 'importing'; fileName: string; plan: ImportPlan; progress: number };

/**
 * An import from a chosen file: checks its size before reading it, reads and validates it in a
 * worker (the parser and its schemas load only now, and off the page's thread), plans
 * it against the open article, and after confirmation writes it in one transaction. Every
 * failure is shown in the app's alert and writes nothing; success is announced with Undo.
 */
export function useImport(current: CurrentArticle | null) {
  const [state, setState] = useState<ImportStep>({ step: 'idle' });
  const { now } = useServices();
  const plan = usePlanImport();
  const { mutateAsync: write } = useImportAnnotations();
  const { mutateAsync: revert } = useRevertImport();
  const showError = useUiStore((s) => s.showError);
  const clearError = useUiStore((s) => s.clearError);
  const pushUndo = useUndoStore((s) => s.push);

  const chooseFile = useCallback(
    async (file: File) => {
      if (!current) return;
      const fail = (message: string) => {
        setState({ step: 'idle' });
        showError(`“${file.name}” was not imported. ${message}`);
      };
      const size = checkImportSize(file.size);
      if (!size.ok) return fail(size.error);
      setState({ step: 'reading', fileName: file.name });
      try {
        const text = await file.text();
        // Read in a worker: parsing and checking a big file takes seconds of CPU.
        const at = now();
        const parsed = await runInWorker<ImportParseRequest, ImportParseAnswer>({
          start: () => new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module', name: 'marginalia-import' }),
          request: { text, now: at.toISOString() },
          here: async () => (await import('../../core/exchange/parse-import')).parseImportText(text, { now: at }),
        });
        if (!parsed.ok) return fail(parsed.error);
        const planned = await plan(parsed.value, current);
        clearError();
        setState({ step: 'preview', fileName: file.name, plan: planned });
      } catch (error) {
        fail(`It could not be read (${describe(error)}). Choose the file again; if that fails, reload the page.`);
      }
    },
    [current, now, plan, showError, clearError],
  );

  const confirm = useCallback(async () => {
    if (state.step !== 'preview' || !current) return;
    setState({ ...state, step: 'importing', progress: 0 });
    try {
      const onProgress = (progress: number) => setState((s) => (s.step === 'importing' ? { ...s, progress } : s));
      const outcome = await write({ toWrite: state.plan.toWrite, onProgress });
      setState({ step: 'idle' });
      if (outcome.added.length + outcome.replaced.length === 0) {
        showError('Nothing was imported: every annotation in the file had been changed in this browser after the preview, and the later change is kept.');
        return;
      }
      clearError();
      pushUndo(importedMessage(state.plan, outcome, current.articleId), () => revert(outcome), true);
    } catch (error) {
      setState({ step: 'idle' });
      showError(writeErrorMessage(error));
    }
  }, [state, current, write, revert, showError, clearError, pushUndo]);

  const cancel = useCallback(() => setState((s) => (s.step === 'importing' ? s : { step: 'idle' })), []);

  return { state, chooseFile, confirm, cancel };
}

/** The status line after an import: how many, and how many of them belong elsewhere. */
function importedMessage(plan: ImportPlan, outcome: ImportOutcome, articleId: string): string {
  const written = new Set([...outcome.added, ...outcome.replaced.map((a) => a.id)]);
  const elsewhere = plan.toWrite.filter((a) => written.has(a.id) && a.target.articleId !== articleId).length;
  const parts = [`Imported ${written.size} ${written.size === 1 ? 'annotation' : 'annotations'}.`];
  if (elsewhere > 0) parts.push(`${elsewhere} of them ${elsewhere === 1 ? 'belongs' : 'belong'} to another article and ${elsewhere === 1 ? 'is' : 'are'} shown there.`);
  if (outcome.keptNewer > 0) parts.push(`${outcome.keptNewer} changed in this browser meanwhile ${outcome.keptNewer === 1 ? 'was' : 'were'} left as ${outcome.keptNewer === 1 ? 'it was' : 'they were'}.`);
  return parts.join(' ');
}

function writeErrorMessage(error: unknown): string {
  const name = error instanceof Error ? error.name : '';
  if (name === 'QuotaExceededError' || /quota/i.test(String(error))) {
    return 'Nothing was imported: the browser has no room left to store annotations. Free some space (or export and delete old annotations) and import again.';
  }
  return `Nothing was imported: the browser refused to store the annotations (${describe(error)}). Try again; your stored annotations are unchanged.`;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message || error.name : String(error);
}
