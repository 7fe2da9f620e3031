import type { Annotation } from '../../core/model/annotation';
import type { EditorKind } from '../../state/ui-store';

/** The editor's accessible name (UI-CONTRACT.md): the same for a new and an existing annotation. */
export const EDITOR_NAME = 'Edit annotation';

/**
 * The editor's title as shown: what the reader is making or changing, "New note", "New
 * fact-check", "Edit note", "Edit fact-check" (a fact-check is one with a verdict).
 */
export function editorTitle(kind: EditorKind, existing: Pick<Annotation, 'verdict'> | null | undefined): string {
  if (!existing) return kind === 'fact-check' ? 'New fact-check' : 'New note';
  return existing.verdict != null ? 'Edit fact-check' : 'Edit note';
}
