import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Annotation } from '../../core/model/annotation';
import type { AnnotatableText } from '../../core/model/new-annotation';
import { useReadStoredAnnotation } from '../../state/annotations';
import { clearDraft, draftWasSaved, loadDraft, markDraftSaving, saveDraft, type EditorDraft, type SavedDraft } from '../../state/editor-drafts';
import { useUndoStore } from '../../state/undo-store';
import { useServices } from '../../state/services';
import { useUiStore } from '../../state/ui-store';
import { LazyAnnotationEditor, newEditorHandoff } from './LazyAnnotationEditor';
import { useEditorPreload } from './use-editor-preload';
import type { useAnnotationActions } from './use-annotation-actions';

interface EditorHostProps {
  articleId: string;
  on: AnnotatableText | null;
  annotations: readonly Annotation[];
  actions: ReturnType<typeof useAnnotationActions>;
}

/**
 * Opens the editor for what the UI store says is being edited, and keeps its draft in step with
 * storage: every change is kept, so a reload or a closed tab reopens the editor with the text as
 * it was; saving, cancelling or deleting forgets it.
 */
export function EditorHost({ articleId, on, annotations, actions }: EditorHostProps) {
  const { now, newId } = useServices();
  const editor = useUiStore((s) => s.editor);
  const openEditor = useUiStore((s) => s.openEditor);
  const closeEditor = useUiStore((s) => s.closeEditor);
  const [restored, setRestored] = useState<SavedDraft | null>(null);
  useEditorPreload();

  // Once per article: an editor left open when the page went away comes back with its draft,
  // unless the page went away just after its Save had landed.
  const readStored = useReadStoredAnnotation();
  useEffect(() => {
    const saved = loadDraft(articleId);
    if (!saved) return;
    let current = true;
    void (async () => {
      const stored = saved.saving ? ((await readStored(saved.saving.id).catch(() => undefined)) ?? null) : null;
      if (!current) return;
      if (draftWasSaved(saved, stored)) {
        clearDraft(articleId);
        return;
      }
      setRestored(saved);
      openEditor(saved.target);
    })();
    return () => {
      current = false;
    };
  }, [articleId, openEditor, readStored]);

  const close = useCallback(() => {
    clearDraft(articleId);
    setRestored(null);
    closeEditor();
  }, [articleId, closeEditor]);

  // What was typed in this opening: closed unsaved (Escape, Cancel), it is not lost at once, but
  // offered back with Undo (and Ctrl+Z), which reopens the editor with it.
  const typed = useRef<SavedDraft | null>(null);
  const pushUndo = useUndoStore((s) => s.push);
  const cancel = useCallback(() => {
    const left = typed.current;
    close();
    if (!left || !hasContent(left.draft)) return;
    pushUndo(
      'Closed without saving what you wrote.',
      async () => {
        setRestored(left);
        openEditor(left.target);
      },
      true,
    );
  }, [close, openEditor, pushUndo]);

  const key = editor === null ? null : editor.mode === 'edit' ? editor.id : `new-${editor.span.start}-${editor.span.end}`;
  // One hand-off per opening: what is typed while the editor's code loads belongs to that opening only.
  const handoff = useMemo(() => (key === null ? null : newEditorHandoff()), [key]);
  useEffect(() => {
    typed.current = null;
  }, [key]);

  if (!editor) return null;
  // The version the edit started from stands in if another tab deletes the annotation meanwhile.
  const editing = editor.mode === 'edit' ? (annotations.find((a) => a.id === editor.id) ?? editor.original) : null;
  const quote = editor.mode === 'new' ? (on?.text.slice(editor.span.start, editor.span.end) ?? '') : (editing?.target.quote.exact ?? '');
  const restoredHere = restored && JSON.stringify(restored.target) === JSON.stringify(editor) ? restored : null;

  return (
    <LazyAnnotationEditor
      key={key}
      handoff={handoff ?? undefined}
      quote={quote}
      kind={editor.mode === 'new' ? editor.kind : editing?.verdict ? 'fact-check' : 'note'}
      existing={editing}
      restored={restoredHere}
      onDraftChange={(draft) => {
        typed.current = { target: editor, draft, savedAt: now().toISOString() };
        saveDraft(articleId, typed.current);
      }}
      onCancel={cancel}
      onDelete={
        editing
          ? () => {
              close();
              void actions.destroy(editing);
            }
          : null
      }
      onSave={async (content) => {
        // Marked first: should the tab close between the write and forgetting the draft, the
        // next opening finds the annotation saved and does not offer the draft again.
        const id = editor.mode === 'new' ? newId() : (editing?.id ?? editor.id);
        markDraftSaving(articleId, { id, base: editor.mode === 'edit' ? editor.original.modified : null, note: content.note });
        const ok =
          editor.mode === 'new' ? (await actions.create(editor.span, content, { id })) !== null : editing ? (await actions.update(editing, content, editor.original.modified)) !== null : false;
        if (ok) close();
        else markDraftSaving(articleId, null);
        return ok;
      }}
    />
  );
}

/** Whether a draft holds anything the reader wrote or chose (an untouched editor holds nothing to bring back). */
function hasContent(draft: EditorDraft): boolean {
  return draft.note.trim() !== '' || draft.verdict !== null || draft.tags.trim() !== '' || draft.sources.length > 0 || draft.draftUrl.trim() !== '' || draft.claim.summary.trim() !== '' || draft.claim.claimant.trim() !== '';
}
