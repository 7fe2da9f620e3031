import { useId, useLayoutEffect, useRef, type ComponentProps } from 'react';
import { lazyComponent } from '../common/lazy-component';
import type { AnnotationEditor } from './AnnotationEditor';
import { EDITOR_NAME, editorTitle } from './editor-title';

/**
 * What the reader did while the editor's code was still loading, handed on to the editor when it
 * arrives. One per opening of the editor.
 */
export interface EditorHandoff {
  /** What was typed in the stand-in's Note field; null if it had none. */
  note: () => string | null;
  keepNote: (text: string) => void;
  /** What had focus before the stand-in took it: focus goes back there when the editor closes. */
  returnFocus: () => HTMLElement | null;
  /** Remembers what had focus; the first call only counts (a stand-in can be shown twice). */
  rememberFocus: (element: HTMLElement) => void;
}

/** A fresh hand-off, for one opening of the editor. */
export function newEditorHandoff(): EditorHandoff {
  let note: string | null = null;
  let returnFocus: HTMLElement | null = null;
  return {
    note: () => note,
    keepNote: (text) => (note = text),
    returnFocus: () => returnFocus,
    rememberFocus: (element) => (returnFocus ??= element),
  };
}

type EditorProps = ComponentProps<typeof AnnotationEditor>;

/**
 * The annotation editor (with its claim, sources and verdict fields), loaded when first needed:
 * `preload()` is called when the reader selects text or reaches for a card, so by the time `n`,
 * `f`, Note, Fact-check or Edit is used it is usually there. If it is not, a stand-in takes its
 * place at once and keeps what the reader types.
 */
export const LazyAnnotationEditor = lazyComponent<EditorProps>(
  () => import('./AnnotationEditor').then((m) => m.AnnotationEditor),
  (props) => <EditorOpening {...props} />,
);

/**
 * The editor while its code loads: the same dialog, named and placed as the editor, busy. It takes
 * focus (so keys go to it, not to the page's shortcuts), closes on Escape, and for a new note
 * already has its Note field, whose text the editor takes over (and which is kept as a draft).
 */
function EditorOpening({ quote, kind, existing, restored, onCancel, onDraftChange, handoff }: EditorProps) {
  const noteId = useId();
  const ref = useRef<HTMLDivElement>(null);
  const takesNote = kind === 'note' && !existing && !restored && handoff !== undefined;

  useLayoutEffect(() => {
    if (document.activeElement instanceof HTMLElement) handoff?.rememberFocus(document.activeElement);
    (ref.current?.querySelector('textarea') ?? ref.current)?.focus();
  }, [handoff]);

  return (
    <div className="dialog-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onCancel()}>
      <div
        ref={ref}
        role="dialog"
        aria-modal="true"
        aria-label={EDITOR_NAME}
        aria-busy="true"
        tabIndex={-1}
        className={`dialog editor editor-opening${kind === 'fact-check' ? ' editor-fact-check' : ''}`}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.stopPropagation();
            onCancel();
          }
        }}
      >
        <h2 className="dialog-title">{editorTitle(kind, existing)}</h2>
        <blockquote className="editor-quote" title={quote}>
          {quote}
        </blockquote>
        {takesNote && (
          <div className="field">
            <label htmlFor={noteId}>Note</label>
            <textarea
              id={noteId}
              rows={5}
              defaultValue={handoff.note() ?? ''}
              onChange={(e) => {
                handoff.keepNote(e.target.value);
                // Kept as a draft too, like everything typed in the editor: a reload now loses nothing.
                onDraftChange?.({ note: e.target.value, verdict: null, claim: { summary: '', claimant: '', scope: null }, tags: '', sources: [], draftUrl: '' });
              }}
            />
          </div>
        )}
        <p className="editor-opening-status" role="status">
          Opening the editor…
        </p>
      </div>
    </div>
  );
}
