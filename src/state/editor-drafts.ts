import type { EvidenceSource, ClaimScope } from '../core/model/annotation';
import type { VerdictId } from '../core/model/fact-check';
import type { EditorTarget } from './ui-store';

/** What the editor holds while the reader types: every field as typed, before validation. */
export interface EditorDraft {
  note: string;
  verdict: VerdictId | null;
  claim: { summary: string; claimant: string; scope: ClaimScope | null };
  tags: string;
  sources: EvidenceSource[];
  draftUrl: string;
}

/** An unsaved editor: what it was editing, what was typed, and when. */
export interface SavedDraft {
  target: EditorTarget;
  draft: EditorDraft;
  savedAt: string;
  /**
   * Set while `Save` is writing: the annotation's id and, for an edit, the version it was made
   * on. A tab closed before the draft was forgotten leaves this behind; the next opening checks
   * storage, and a save that landed is not offered again (saving it twice would duplicate it).
   */
  saving?: { id: string; base: string | null; note: string };
}

const KEY_PREFIX = 'marginalia:editor-draft:';

/*
 * Drafts go to localStorage, not IndexedDB: its writes are synchronous, so the last keystroke
 * is kept even when the tab is closed or reloaded mid-sentence. A browser that refuses storage
 * simply keeps no draft.
 */

/** The unsaved draft of this article's editor, or null when there is none (or it is unreadable). */
export function loadDraft(articleId: string): SavedDraft | null {
  try {
    const raw = localStorage.getItem(KEY_PREFIX + articleId);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as SavedDraft;
    return parsed && typeof parsed === 'object' && parsed.target && parsed.draft ? parsed : null;
  } catch {
    return null;
  }
}

/** Keeps the editor's current draft for this article (one draft per article: one editor is open at a time). */
export function saveDraft(articleId: string, saved: SavedDraft): void {
  try {
    localStorage.setItem(KEY_PREFIX + articleId, JSON.stringify(saved));
  } catch {
    // Storage full or refused: the editor still works, it just cannot survive a reload.
  }
}

/** Forgets the draft, once saved or discarded. */
export function clearDraft(articleId: string): void {
  try {
    localStorage.removeItem(KEY_PREFIX + articleId);
  } catch {
    // Nothing stored, nothing to clear.
  }
}

/** Marks the stored draft as being saved as annotation `id` (see SavedDraft.saving), or, with null, as not any more. */
export function markDraftSaving(articleId: string, saving: SavedDraft['saving'] | null): void {
  const saved = loadDraft(articleId);
  if (!saved) return;
  const { saving: _was, ...rest } = saved;
  saveDraft(articleId, saving ? { ...rest, saving } : rest);
}

/**
 * Whether a draft left while saving was in fact saved: its annotation is stored, and (for an
 * edit) changed from the version the edit was made on, to the note being saved.
 */
export function draftWasSaved(saved: SavedDraft, stored: { modified: string; note: string } | null): boolean {
  if (!saved.saving || !stored) return false;
  return saved.saving.base === null || (stored.modified !== saved.saving.base && stored.note === saved.saving.note);
}
