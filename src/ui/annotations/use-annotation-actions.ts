import { useCallback } from 'react';
import type { TextSpan } from '../../core/anchoring/describe';
import type { Annotation } from '../../core/model/annotation';
import { newAnnotation, withContent, type AnnotatableText, type AnnotationContent } from '../../core/model/new-annotation';
import { useDeleteAnnotation, useSaveAnnotation } from '../../state/annotations';
import { useServices } from '../../state/services';
import { useUiStore } from '../../state/ui-store';

/** Why a write failed, in words a reader can act on. */
export function storageErrorMessage(error: unknown): string {
  const name = error instanceof Error ? error.name : '';
  if (name === 'QuotaExceededError' || /quota/i.test(String(error))) {
    return 'The browser has no room left to store annotations. Export your annotations, free some space, and try again.';
  }
  return `The annotation could not be saved in this browser (${error instanceof Error ? error.message : String(error)}). Try again; if it keeps failing, export your annotations.`;
}

/** Create, update and delete, with errors shown in the app's alert and undo offered after a delete. */
export function useAnnotationActions(on: AnnotatableText | null) {
  const { now, newId } = useServices();
  const save = useSaveAnnotation();
  const remove = useDeleteAnnotation();
  const showError = useUiStore((s) => s.showError);
  const clearError = useUiStore((s) => s.clearError);
  const offerUndo = useUiStore((s) => s.offerUndo);
  const setActive = useUiStore((s) => s.setActive);

  /** Saves a new annotation on a span; resolves to it, or to null when storage refused (alert shown). */
  const create = useCallback(
    async (span: TextSpan, content: AnnotationContent): Promise<Annotation | null> => {
      if (!on) return null;
      const annotation = newAnnotation(on, span, content, newId(), now());
      if (!annotation) return null;
      try {
        await save.mutateAsync(annotation);
        clearError();
        setActive(annotation.id);
        return annotation;
      } catch (error) {
        showError(storageErrorMessage(error));
        return null;
      }
    },
    [on, newId, now, save, clearError, showError, setActive],
  );

  /** Saves new content for an existing annotation; resolves to false when storage refused. */
  const update = useCallback(
    async (annotation: Annotation, content: AnnotationContent): Promise<boolean> => {
      try {
        await save.mutateAsync(withContent(annotation, content, now()));
        clearError();
        return true;
      } catch (error) {
        showError(storageErrorMessage(error));
        return false;
      }
    },
    [now, save, clearError, showError],
  );

  const destroy = useCallback(
    async (annotation: Annotation): Promise<void> => {
      try {
        await remove.mutateAsync(annotation);
        offerUndo({ message: 'Annotation deleted.', annotation });
      } catch (error) {
        showError(`The annotation could not be deleted (${error instanceof Error ? error.message : String(error)}). It is still stored.`);
      }
    },
    [remove, offerUndo, showError],
  );

  const restore = useCallback(
    async (annotation: Annotation): Promise<void> => {
      offerUndo(null);
      try {
        await save.mutateAsync(annotation);
        setActive(annotation.id);
      } catch (error) {
        showError(storageErrorMessage(error));
      }
    },
    [save, offerUndo, showError, setActive],
  );

  return { create, update, destroy, restore };
}
