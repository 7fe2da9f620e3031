import { useCallback } from 'react';
import type { TextSpan } from '../../core/anchoring/describe';
import type { Annotation } from '../../core/model/annotation';
import { newAnnotation, withContent, type AnnotatableText, type AnnotationContent } from '../../core/model/new-annotation';
import { useDeleteAnnotation, useGuardedChange, useSaveAnnotation, useSaveEdit } from '../../state/annotations';
import { useServices } from '../../state/services';
import { useUiStore } from '../../state/ui-store';
import { useUndoStore } from '../../state/undo-store';
import { useAnnouncer } from '../../state/announcer-store';
import { useUnsavedStore } from '../../state/unsaved-store';
import { authorName } from '../../state/sync-switch';

/** How an annotation is named when it is announced. */
function kindLabel(annotation: Annotation): string {
  if (annotation.verdict) return 'Fact-check';
  return annotation.note.trim() ? 'Note' : 'Highlight';
}

/** Why a write failed, in words a reader can act on. */
export function storageErrorMessage(error: unknown): string {
  const name = error instanceof Error ? error.name : '';
  if (name === 'QuotaExceededError' || /quota/i.test(String(error))) {
    return 'The browser has no room left to store annotations. Export your annotations, free some space, and try again.';
  }
  return `The annotation could not be saved in this browser (${error instanceof Error ? error.message : String(error)}). Try again; if it keeps failing, export your annotations.`;
}

/**
 * Create, update and delete, with errors shown in the app's alert. Every change is recorded in
 * the undo history (Ctrl+Z); deletes and edits that overwrote another tab's change are also
 * announced with an `Undo` button. Undo and redo write only over the version this tab left, so
 * they never silently overwrite a change made since in another tab.
 */
export function useAnnotationActions(on: AnnotatableText | null) {
  const { now, newId } = useServices();
  const save = useSaveAnnotation();
  const saveEdit = useSaveEdit();
  const remove = useDeleteAnnotation();
  const showError = useUiStore((s) => s.showError);
  const clearError = useUiStore((s) => s.clearError);
  const setActive = useUiStore((s) => s.setActive);
  const pushUndo = useUndoStore((s) => s.push);
  const announce = useAnnouncer((s) => s.announce);
  const keepUnsaved = useUnsavedStore((s) => s.add);
  const forgetUnsaved = useUnsavedStore((s) => s.remove);
  const { mutateAsync: put } = save;
  const { mutateAsync: drop } = remove;
  const { mutateAsync: guarded } = useGuardedChange();
  /**
   * An undo or redo step: `annotation` goes from the version modified at `from` (null: none) to
   * `to` (null: deleted), only if no other tab changed it since; otherwise it rejects, and the
   * undo says why.
   */
  const step = useCallback(
    (annotation: Annotation, from: Annotation | null, to: Annotation | null) => () =>
      guarded({ id: annotation.id, articleId: annotation.target.articleId, expected: from?.modified ?? null, next: to }),
    [guarded],
  );

  /**
   * Saves a new annotation on a span (under `id`, when the caller needs to know it beforehand);
   * resolves to it, or to null when storage refused (alert shown). With `keepIfRefused` (a highlight, which has no editor to stay open), a refused one is
   * kept on screen as unsaved, to retry or export.
   */
  const create = useCallback(
    async (span: TextSpan, content: AnnotationContent, { keepIfRefused = false, id = newId() } = {}): Promise<Annotation | null> => {
      if (!on) return null;
      const annotation = newAnnotation(on, span, content, id, now(), authorName());
      if (!annotation) return null;
      try {
        await put(annotation);
        clearError();
        setActive(annotation.id);
        pushUndo('Annotation added.', step(annotation, annotation, null), false, step(annotation, null, annotation));
        announce(`${kindLabel(annotation)} added.`);
        return annotation;
      } catch (error) {
        // Keep it on screen (listed, painted, exportable) to retry once storage has room.
        if (keepIfRefused) keepUnsaved(annotation);
        showError(storageErrorMessage(error));
        return null;
      }
    },
    [on, newId, now, put, step, clearError, showError, setActive, pushUndo, announce, keepUnsaved],
  );

  /**
   * Saves new content for an existing annotation, edited from the version `baseModified` (by
   * default the one passed in); resolves to the saved version, or to null when storage refused.
   * When another tab changed it meanwhile, this edit still wins and the reader is told, with Undo
   * bringing theirs back.
   */
  const update = useCallback(
    async (annotation: Annotation, content: AnnotationContent, baseModified: string = annotation.modified): Promise<Annotation | null> => {
      const edited = withContent(annotation, content, now());
      try {
        const { replaced, wasDeleted } = await saveEdit.mutateAsync({ annotation: edited, baseModified });
        clearError();
        if (replaced) {
          pushUndo('Saved. This annotation had also been changed in another tab; your version replaced that one.', step(edited, edited, replaced), true, step(edited, replaced, edited));
        } else if (wasDeleted) {
          pushUndo('Saved. This annotation had been deleted in another tab; saving brought it back.', step(edited, edited, null), true, step(edited, null, edited));
        } else {
          pushUndo('Annotation edited.', step(edited, edited, annotation), false, step(edited, annotation, edited));
        }
        forgetUnsaved(annotation.id);
        announce(`${kindLabel(edited)} saved.`);
        return edited;
      } catch (error) {
        showError(storageErrorMessage(error));
        return null;
      }
    },
    [now, saveEdit, step, clearError, showError, pushUndo, announce, forgetUnsaved],
  );

  const destroy = useCallback(
    async (annotation: Annotation): Promise<void> => {
      try {
        await drop(annotation);
        forgetUnsaved(annotation.id);
        pushUndo('Annotation deleted.', step(annotation, null, annotation), true, step(annotation, annotation, null));
      } catch (error) {
        showError(`The annotation could not be deleted (${error instanceof Error ? error.message : String(error)}). It is still stored.`);
      }
    },
    [drop, step, pushUndo, showError, forgetUnsaved],
  );

  return { create, update, destroy };
}
