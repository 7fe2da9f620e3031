import { create } from 'zustand';

interface AnnouncerState {
  message: string;
  /** Bumped with every announcement so that the same words twice are still read twice. */
  serial: number;
  announce: (message: string) => void;
}

/** What screen readers should hear next (creating, editing, deleting, moving between annotations). */
export const useAnnouncer = create<AnnouncerState>()((set) => ({
  message: '',
  serial: 0,
  announce: (message) => set((s) => ({ message, serial: s.serial + 1 })),
}));
