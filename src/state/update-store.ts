import { create } from 'zustand';

interface UpdateState {
  /** Set once a newer version of the app is installed and waiting: switches to it and reloads. */
  apply: (() => void) | null;
  offer: (apply: () => void) => void;
}

/**
 * Whether a new version of the app waits to take over. Nothing reloads by itself: the reader
 * chooses when (UI-CONTRACT.md, "Working offline"), so no one typing ever loses a word.
 */
export const useUpdateStore = create<UpdateState>()((set) => ({
  apply: null,
  offer: (apply) => set({ apply }),
}));
