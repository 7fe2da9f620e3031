import { useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { RestorePlan } from '../../core/exchange/backup';
import { usePlanRestore, useRestoreLibrary, useRevertRestore } from '../../state/backup';
import { useServices } from '../../state/services';
import { useUiStore } from '../../state/ui-store';
import { useUndoStore } from '../../state/undo-store';
import { ImportPreviewDialog } from '../exchange/ImportPreviewDialog';
import { plural } from './format';
import { loadBackup, useBackUpLibrary } from './use-back-up';
import '../exchange/publishing.css';

type Step = { step: 'idle' } | { step: 'preview'; fileName: string; restore: RestorePlan } | { step: 'restoring'; fileName: string; restore: RestorePlan; progress: number };

/**
 * `Back up library` (one file with every stored article and annotation) and `Restore backup`
 * (reads such a file, shows the same preview as Import, then writes all of it or nothing, with
 * Undo). Failures are shown in the app's alert and write nothing.
 */
export function BackupControls() {
  const { now } = useServices();
  const backUpLibrary = useBackUpLibrary();
  const planRestore = usePlanRestore();
  const { mutateAsync: restore } = useRestoreLibrary();
  const { mutateAsync: revert } = useRevertRestore();
  const showError = useUiStore((s) => s.showError);
  const clearError = useUiStore((s) => s.clearError);
  const pushUndo = useUndoStore((s) => s.push);
  const [state, setState] = useState<Step>({ step: 'idle' });
  const inputRef = useRef<HTMLInputElement>(null);

  const backUp = async () => {
    try {
      await backUpLibrary();
      clearError();
    } catch (error) {
      showError(`The backup could not be made: ${error instanceof Error ? error.message : String(error)}. Try again.`);
    }
  };

  const choose = async (file: File) => {
    const fail = (message: string) => {
      setState({ step: 'idle' });
      showError(`“${file.name}” was not restored. ${message}`);
    };
    try {
      const [{ parseBackupText }, text] = await Promise.all([loadBackup(), file.text()]);
      const parsed = parseBackupText(text, { now: now() });
      if (!parsed.ok) return fail(parsed.error);
      const plan = await planRestore(parsed.value);
      clearError();
      setState({ step: 'preview', fileName: file.name, restore: plan });
    } catch (error) {
      fail(`It could not be read (${error instanceof Error ? error.message : String(error)}). Choose the file again.`);
    }
  };

  const confirm = async () => {
    if (state.step !== 'preview') return;
    setState({ ...state, step: 'restoring', progress: 0 });
    try {
      const onProgress = (progress: number) => setState((s) => (s.step === 'restoring' ? { ...s, progress } : s));
      const outcome = await restore({ articles: state.restore.articles, annotations: state.restore.plan.toWrite, details: state.restore.details, onProgress });
      setState({ step: 'idle' });
      clearError();
      const written = outcome.annotations.length + outcome.replaced.length;
      const details = outcome.details.length > 0 ? `, ${plural(outcome.details.length, 'article’s details', 'articles’ details')}` : '';
      pushUndo(`Restored ${plural(outcome.articles.length, 'article')}${details} and ${plural(written, 'annotation')}.`, () => revert(outcome), true);
    } catch (error) {
      setState({ step: 'idle' });
      showError(`Nothing was restored: the browser refused to store the backup (${error instanceof Error ? error.message : String(error)}). Your library is unchanged.`);
    }
  };

  return (
    <div className="backup-controls" role="group" aria-label="Backup">
      <button type="button" onClick={() => void backUp()} onPointerEnter={() => void loadBackup()} onFocus={() => void loadBackup()}>
        Back up library
      </button>
      <button type="button" onClick={() => inputRef.current?.click()} onPointerEnter={() => void loadBackup()} onFocus={() => void loadBackup()} disabled={state.step !== 'idle'}>
        Restore backup
      </button>
      <input
        ref={inputRef}
        type="file"
        accept=".json,application/json"
        aria-label="Restore backup file"
        className="visually-hidden"
        tabIndex={-1}
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          // Cleared at once, so that choosing the same file again is noticed.
          e.currentTarget.value = '';
          if (file) void choose(file);
        }}
      />
      {state.step !== 'idle' &&
        createPortal(
          <ImportPreviewDialog
            fileName={state.fileName}
            plan={state.restore.plan}
            extraWrites={state.restore.articles.length + state.restore.details.length}
            confirmLabel="Restore"
            busy={state.step === 'restoring'}
            {...(state.step === 'restoring' ? { progress: state.progress } : {})}
            onConfirm={() => void confirm()}
            onCancel={() => setState((s) => (s.step === 'restoring' ? s : { step: 'idle' }))}
          />,
          document.body,
        )}
    </div>
  );
}
