import { create } from 'zustand';

/** One change that can be undone: what to say about it, and how to put things back. */
export interface UndoEntry {
  id: number;
  message: string;
  revert: () => Promise<void>;
}

/** How many changes Ctrl+Z can walk back. */
export const UNDO_DEPTH = 50;

interface UndoState {
  stack: UndoEntry[];
  /** The entry announced on screen with an `Undo` button, if any. */
  toast: UndoEntry | null;
  /** Records a change; `announce` shows it with an `Undo` button (deletes, conflicts), otherwise it waits for Ctrl+Z. */
  push: (message: string, revert: () => Promise<void>, announce: boolean) => void;
  /** Removes and returns the entry with this id, or the latest when no id is given. */
  take: (id?: number) => UndoEntry | undefined;
  hideToast: () => void;
}

let nextId = 1;

/** The undo history of this tab (UI state: it is not persisted). */
export const useUndoStore = create<UndoState>()((set, get) => ({
  stack: [],
  toast: null,
  push: (message, revert, announce) => {
    const entry = { id: nextId++, message, revert };
    set((s) => ({ stack: [...s.stack, entry].slice(-UNDO_DEPTH), toast: announce ? entry : s.toast }));
  },
  take: (id) => {
    const { stack, toast } = get();
    const entry = id === undefined ? stack[stack.length - 1] : stack.find((e) => e.id === id);
    if (!entry) return undefined;
    set({ stack: stack.filter((e) => e !== entry), toast: toast?.id === entry.id ? null : toast });
    return entry;
  },
  hideToast: () => set({ toast: null }),
}));
