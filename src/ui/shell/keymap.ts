import { useEffect, useRef } from 'react';
import { isTypingTarget } from '../common/is-typing-target';
import { matchShortcuts, type ShortcutDefinition, type ShortcutId, type ShortcutMatch } from './shortcuts';

/**
 * What a shortcut does where it is bound. Returns false when it does not apply right now (no
 * text selected, no active annotation): the key is then left to the browser.
 */
export type ShortcutAction = (match: ShortcutMatch) => boolean | void;

/** The bound actions by shortcut; the latest binding of an id acts (one page is mounted at a time). */
const bindings = new Map<ShortcutId, ShortcutAction[]>();

/** A modal is open: a dialog, or the veil that stands in for one while its code loads. */
export function isModalOpen(doc: Document = document): boolean {
  return doc.querySelector('[aria-modal="true"], .dialog-backdrop') !== null;
}

/**
 * The one guard every shortcut goes through: a key already handled, or typed into an input
 * method, is never a shortcut; `page` keys never act while typing in a field or with a modal
 * open; `dialog` keys only inside an open modal. (Modifiers are part of each key's combination.)
 */
export function mayAct(shortcut: ShortcutDefinition, event: KeyboardEvent): boolean {
  if (event.defaultPrevented || event.isComposing || shortcut.external) return false;
  if (shortcut.scope === 'dialog') return isModalOpen() && event.target instanceof Element && event.target.closest('[aria-modal="true"]') !== null;
  return !isTypingTarget(event.target) && !isModalOpen();
}

/** The one key listener: finds the shortcut a key press is, checks the guard, runs the bound action. */
function onKeyDown(event: KeyboardEvent): void {
  for (const match of matchShortcuts(event)) {
    if (!mayAct(match.shortcut, event)) continue;
    const action = bindings.get(match.shortcut.id)?.at(-1);
    if (!action || action(match) === false) continue;
    event.preventDefault();
    return;
  }
}

function bind(id: ShortcutId, action: ShortcutAction): () => void {
  if (bindings.size === 0) document.addEventListener('keydown', onKeyDown);
  bindings.set(id, [...(bindings.get(id) ?? []), action]);
  return () => {
    const rest = (bindings.get(id) ?? []).filter((a) => a !== action);
    if (rest.length > 0) bindings.set(id, rest);
    else bindings.delete(id);
    if (bindings.size === 0) document.removeEventListener('keydown', onKeyDown);
  };
}

/**
 * Binds `action` to the registry's shortcut `id` while the calling component is mounted (and
 * `enabled`). The action is read at key time, so it always sees the latest props and state.
 */
export function useShortcut(id: ShortcutId, action: ShortcutAction, enabled = true): void {
  const latest = useRef(action);
  latest.current = action;
  useEffect(() => (enabled ? bind(id, (match) => latest.current(match)) : undefined), [id, enabled]);
}
