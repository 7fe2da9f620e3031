import { createContext, useCallback, useContext, useMemo } from 'react';
import type { Anchor } from '../../core/anchoring/anchor';
import { acceptNewPosition, keepAsItWas } from '../../core/anchoring/drift';
import type { Annotation } from '../../core/model/annotation';
import type { AnnotatableText } from '../../core/model/new-annotation';
import { useAnnouncer } from '../../state/announcer-store';
import { useSaveAnnotation, useSaveEdit } from '../../state/annotations';
import { useServices } from '../../state/services';
import { useUiStore } from '../../state/ui-store';
import { useUndoStore } from '../../state/undo-store';

type Drifted = Extract<Anchor, { status: 'drifted' }>;

/** What a drifted annotation's card can do: move it onto the text found, or keep it as it was. */
export interface DriftActions {
  accept: (annotation: Annotation, anchor: Drifted) => Promise<void>;
  keep: (annotation: Annotation) => Promise<void>;
}

/** Provided by the reader page; a card outside it shows the comparison without the buttons. */
export const DriftActionsContext = createContext<DriftActions | null>(null);

/** The drift actions of the nearest reader page, or null. */
export function useDriftActionsContext(): DriftActions | null {
  return useContext(DriftActionsContext);
}

/**
 * The two answers to a drifted annotation, saved through the annotation mutations (so other tabs
 * and the undo history follow): `accept` re-describes the target on the current text, `keep`
 * records that the reader keeps it as it was on this text. Errors show in the app's alert.
 */
export function useDriftActions(on: AnnotatableText | null): DriftActions {
  const { now } = useServices();
  const { mutateAsync: saveEdit } = useSaveEdit();
  const { mutateAsync: put } = useSaveAnnotation();
  const showError = useUiStore((s) => s.showError);
  const pushUndo = useUndoStore((s) => s.push);
  const announce = useAnnouncer((s) => s.announce);

  const save = useCallback(
    async (before: Annotation, after: Annotation, message: string) => {
      try {
        await saveEdit({ annotation: after, baseModified: before.modified });
        pushUndo(message, () => put(before), false);
        announce(message);
      } catch (error) {
        showError(`The annotation could not be updated (${error instanceof Error ? error.message : String(error)}). It is stored as it was.`);
      }
    },
    [saveEdit, put, pushUndo, announce, showError],
  );

  const accept = useCallback(
    async (annotation: Annotation, anchor: Drifted) => {
      const moved = on && acceptNewPosition(annotation, on, anchor, now());
      if (moved) await save(annotation, moved, 'Annotation moved to the changed text.');
    },
    [on, now, save],
  );

  const keep = useCallback(
    async (annotation: Annotation) => {
      if (on) await save(annotation, keepAsItWas(annotation, on.textHash, now()), 'Annotation kept as it was.');
    },
    [on, now, save],
  );

  return useMemo(() => ({ accept, keep }), [accept, keep]);
}
