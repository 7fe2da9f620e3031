import { create } from 'zustand';

/** One change that can be undone: what to say about it, how to put things back, and, where it can be, how to make it again. */
export interface UndoEntry {
  id: number;
  message: string;
  revert: () => Promise<void>;
  /** Makes the change again after an undo (Ctrl+Shift+Z, Ctrl+Y); without it, an undo ends what can be redone. */
  redo?: () => Promise<void>;
}

/** How many changes Ctrl+Z can walk back. */
export const UNDO_DEPTH = 50;

interface UndoState {
  stack: UndoEntry[];
  /** Undone changes that can be made again, the latest undone last. */
  redoStack: UndoEntry[];
  /** The entry announced on screen with an `Undo` button, if any. */
  toast: UndoEntry | null;
  /**
   * Records a change; `announce` shows it with an `Undo` button (deletes, conflicts), otherwise it
   * waits for Ctrl+Z. A new change ends what could be redone, as in every editor.
   */
  push: (message: string, revert: () => Promise<void>, announce: boolean, redo?: () => Promise<void>) => void;
  /** Removes and returns the entry with this id, or the latest when no id is given. */
  take: (id?: number) => UndoEntry | undefined;
  /** After `entry` was undone: it can be redone (or, without `redo`, nothing older can). */
  undone: (entry: UndoEntry) => void;
  /** Removes and returns the latest undone change that can be made again. */
  takeRedo: () => UndoEntry | undefined;
  /** After `entry` was made again: Ctrl+Z undoes it again, and what was undone before it stays redoable. */
  redone: (entry: UndoEntry) => void;
  /** Drops an entry from both histories (its undo or redo failed: what it would do is unknown). */
  discard: (entry: UndoEntry) => void;
  hideToast: () => void;
}

let nextId = 1;

/** The undo history of this tab (UI state: it is not persisted). */
export const useUndoStore = create<UndoState>()((set, get) => ({
  stack: [],
  redoStack: [],
  toast: null,
  push: (message, revert, announce, redo) => {
    const entry: UndoEntry = redo ? { id: nextId++, message, revert, redo } : { id: nextId++, message, revert };
    set((s) => ({ stack: [...s.stack, entry].slice(-UNDO_DEPTH), redoStack: [], toast: announce ? entry : s.toast }));
  },
  take: (id) => {
    const { stack, toast } = get();
    const entry = id === undefined ? stack[stack.length - 1] : stack.find((e) => e.id === id);
    if (!entry) return undefined;
    set({ stack: stack.filter((e) => e !== entry), toast: toast?.id === entry.id ? null : toast });
    return entry;
  },
  undone: (entry) => set((s) => ({ redoStack: entry.redo ? [...s.redoStack, entry].slice(-UNDO_DEPTH) : [] })),
  takeRedo: () => {
    const { redoStack } = get();
    const entry = redoStack[redoStack.length - 1];
    if (entry) set({ redoStack: redoStack.slice(0, -1) });
    return entry;
  },
  redone: (entry) => set((s) => ({ stack: [...s.stack, entry].slice(-UNDO_DEPTH) })),
  discard: (entry) => set((s) => ({ stack: s.stack.filter((e) => e !== entry), redoStack: s.redoStack.filter((e) => e !== entry) })),
  hideToast: () => set({ toast: null }),
}));
