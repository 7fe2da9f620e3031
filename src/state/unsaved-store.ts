import { create } from 'zustand';
import type { Annotation } from '../core/model/annotation';

interface UnsavedState {
  /** Annotations the browser refused to store (quota, storage trouble), kept on screen to retry or export. */
  items: Annotation[];
  add: (annotation: Annotation) => void;
  remove: (id: string) => void;
}

/** What the reader made but storage refused. In memory only: it is what could not be stored. */
export const useUnsavedStore = create<UnsavedState>()((set) => ({
  items: [],
  add: (annotation) => set((s) => ({ items: [...s.items.filter((a) => a.id !== annotation.id), annotation] })),
  remove: (id) => set((s) => (s.items.some((a) => a.id === id) ? { items: s.items.filter((a) => a.id !== id) } : s)),
}));
