import { create } from 'zustand';
import type { TextSpan } from '../core/anchoring/describe';
import type { Annotation } from '../core/model/annotation';
import type { VerdictFilter } from '../core/model/annotation-filter';

/** Where the selection sits on screen, in page coordinates, for placing the toolbar. */
export interface SelectionBox {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export interface PendingSelection {
  span: TextSpan;
  box: SelectionBox;
}

export type EditorKind = 'note' | 'fact-check';

/** What the editor is editing: a new annotation on a span, or an existing one by id. */
export type EditorTarget =
  | { mode: 'new'; kind: EditorKind; span: TextSpan }
  /**
   * `original`: the version the edit started from. It detects a change made meanwhile in another
   * tab, and keeps the editor (and the reader's text) open if another tab deletes the annotation.
   */
  | { mode: 'edit'; id: string; original: Annotation };

interface UiState {
  pending: PendingSelection | null;
  activeId: string | null;
  editor: EditorTarget | null;
  search: string;
  /** The panel's verdict and tag filters, combined with `search`. */
  verdictFilter: VerdictFilter;
  tagFilter: string | null;
  error: string | null;
  setPending: (pending: PendingSelection | null) => void;
  setActive: (id: string | null) => void;
  openEditor: (target: EditorTarget) => void;
  closeEditor: () => void;
  setSearch: (search: string) => void;
  setVerdictFilter: (verdict: VerdictFilter) => void;
  setTagFilter: (tag: string | null) => void;
  /** Clears the search box and both filters. */
  clearFilters: () => void;
  showError: (message: string) => void;
  clearError: () => void;
  /** Forgets what belonged to the article on screen (selection, active annotation, editor, panel search) when another opens. */
  resetForArticle: () => void;
}

/** UI state only: what is on screen. Annotations themselves live in IndexedDB and the query cache. */
export const useUiStore = create<UiState>()((set) => ({
  pending: null,
  activeId: null,
  editor: null,
  search: '',
  verdictFilter: null,
  tagFilter: null,
  error: null,
  // Selection events fire for every pixel of a drag: an unchanged selection re-renders nothing.
  setPending: (pending) => set((state) => (samePending(state.pending, pending) ? state : { pending })),
  setActive: (activeId) => set({ activeId }),
  openEditor: (editor) => set({ editor, pending: null }),
  closeEditor: () => set({ editor: null }),
  setSearch: (search) => set({ search }),
  setVerdictFilter: (verdictFilter) => set({ verdictFilter }),
  setTagFilter: (tagFilter) => set({ tagFilter }),
  clearFilters: () => set({ search: '', verdictFilter: null, tagFilter: null }),
  showError: (error) => set({ error }),
  clearError: () => set({ error: null }),
  resetForArticle: () => set({ pending: null, activeId: null, editor: null, search: '', verdictFilter: null, tagFilter: null }),
}));

/** True when two pending selections cover the same text in the same place. */
function samePending(a: PendingSelection | null, b: PendingSelection | null): boolean {
  if (a === null || b === null) return a === b;
  return (
    a.span.start === b.span.start &&
    a.span.end === b.span.end &&
    a.box.top === b.box.top &&
    a.box.bottom === b.box.bottom &&
    a.box.left === b.box.left &&
    a.box.right === b.box.right
  );
}
