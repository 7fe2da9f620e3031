import { VERDICTS } from '../../core/model/fact-check';

/** What the reader is doing when a shortcut applies: the groups of the Keyboard shortcuts dialog, in order. */
export const SHORTCUT_GROUPS = ['Reading', 'With text selected', 'Annotations', 'Library and dialogs', 'Help'] as const;
export type ShortcutGroup = (typeof SHORTCUT_GROUPS)[number];

/**
 * One keyboard shortcut. `keys` are combinations such as `h`, `Shift+j`, `Mod+z` (Ctrl, or ⌘ on
 * a Mac) or `Ctrl+y`; a key without a modifier never acts with Ctrl, ⌘ or Alt held, so the
 * browser's own shortcuts keep working. `scope` says where it applies: `page` keys never act
 * while typing in a field or while a dialog is open (nothing acts behind a modal); `dialog` keys
 * act only inside an open dialog, in its fields too. `external` keys are handled by their own
 * component (a dialog's Escape, the Open article dialog's Ctrl+Enter) and listed for the dialog.
 */
export interface ShortcutDefinition {
  id: string;
  keys: readonly string[];
  label: string;
  group: ShortcutGroup;
  scope: 'page' | 'dialog';
  /** How the dialog shows the keys when not one by one (`1 – 8`). */
  shown?: readonly string[];
  external?: true;
}

const verdictKeys = VERDICTS.map((_, i) => String(i + 1));

/** Every keyboard shortcut of the app: read by the one key listener (keymap.ts) and by the Keyboard shortcuts dialog. */
export const SHORTCUTS = [
  { id: 'next-sentence', keys: ['j'], label: 'Select the next sentence (focus in the article)', group: 'Reading', scope: 'page' },
  { id: 'previous-sentence', keys: ['k'], label: 'Select the previous sentence', group: 'Reading', scope: 'page' },
  { id: 'extend-next-sentence', keys: ['Shift+j'], label: 'Extend the selection by the next sentence', group: 'Reading', scope: 'page' },
  { id: 'extend-previous-sentence', keys: ['Shift+k'], label: 'Extend the selection by the previous sentence', group: 'Reading', scope: 'page' },
  { id: 'highlight', keys: ['h'], label: 'Highlight', group: 'With text selected', scope: 'page' },
  { id: 'note', keys: ['n'], label: 'Add a note', group: 'With text selected', scope: 'page' },
  { id: 'fact-check', keys: ['f'], label: 'Fact-check', group: 'With text selected', scope: 'page' },
  { id: 'dismiss-selection', keys: ['Escape'], label: 'Close the toolbar', group: 'With text selected', scope: 'page' },
  { id: 'next-annotation', keys: [']'], label: 'Go to the next annotation and hear it read', group: 'Annotations', scope: 'page' },
  { id: 'previous-annotation', keys: ['['], label: 'Go to the previous annotation', group: 'Annotations', scope: 'page' },
  { id: 'set-verdict', keys: verdictKeys, shown: ['1', '–', String(VERDICTS.length)], label: 'Set the verdict of the active annotation', group: 'Annotations', scope: 'page' },
  { id: 'undo', keys: ['Mod+z'], label: 'Undo the last change', group: 'Annotations', scope: 'page' },
  { id: 'redo', keys: ['Mod+Shift+z', 'Ctrl+y'], label: 'Redo the change just undone', group: 'Annotations', scope: 'page' },
  { id: 'save-editor', keys: ['Mod+Enter'], label: 'Save the annotation (in the editor)', group: 'Annotations', scope: 'dialog' },
  { id: 'close-dialog', keys: ['Escape'], label: 'Close the editor or a dialog without saving', group: 'Annotations', scope: 'dialog', external: true },
  { id: 'search-library', keys: ['/'], label: 'Search the library (in the library view)', group: 'Library and dialogs', scope: 'page' },
  { id: 'open-article', keys: ['Mod+Enter'], label: 'Open the article (in the Open article dialog)', group: 'Library and dialogs', scope: 'dialog', external: true },
  { id: 'help', keys: ['?'], label: 'Show this list', group: 'Help', scope: 'page' },
] as const satisfies readonly ShortcutDefinition[];

export type ShortcutId = (typeof SHORTCUTS)[number]['id'];

/** A key press matched to a shortcut: which one, and which of its keys (the verdict keys' position). */
export interface ShortcutMatch {
  shortcut: ShortcutDefinition & { id: ShortcutId };
  index: number;
}

interface Combo {
  key: string;
  mod: boolean;
  ctrl: boolean;
  shift: boolean;
  alt: boolean;
}

/** `Shift+j` as a combination; the key is compared case-insensitively when it is a letter. */
function parseCombo(combo: string): Combo {
  const parts = combo.split('+');
  const key = parts.pop() ?? '';
  return { key, mod: parts.includes('Mod'), ctrl: parts.includes('Ctrl'), shift: parts.includes('Shift'), alt: parts.includes('Alt') };
}

const isLetter = (key: string) => /^[a-z]$/i.test(key);

/** Whether a key press is this combination: the same key and exactly its modifiers. */
function pressed(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>, combo: Combo): boolean {
  const letter = isLetter(combo.key);
  if (letter ? event.key.toLowerCase() !== combo.key : event.key !== combo.key) return false;
  if (event.altKey !== combo.alt) return false;
  if (combo.mod ? !(event.ctrlKey || event.metaKey) : combo.ctrl ? !event.ctrlKey || event.metaKey : event.ctrlKey || event.metaKey) return false;
  // Shift is part of a letter's combination; for other keys it is how the character is typed (`?`).
  return !letter || event.shiftKey === combo.shift;
}

const PARSED = SHORTCUTS.map((s) => ({ shortcut: s as ShortcutMatch['shortcut'], combos: s.keys.map(parseCombo) }));

/** Every shortcut this key press is, in registry order (Escape is both the toolbar's and a dialog's). */
export function matchShortcuts(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>): ShortcutMatch[] {
  const found: ShortcutMatch[] = [];
  for (const { shortcut, combos } of PARSED) {
    const index = combos.findIndex((c) => pressed(event, c));
    if (index !== -1) found.push({ shortcut, index });
  }
  return found;
}

/**
 * The keys of a combination as shown to people, each alternative a list of key caps: `Mod+z` is
 * `Ctrl z` or `⌘ z`.
 */
export function keyCaps(combo: string): string[][] {
  const parts = combo.split('+');
  if (parts[0] === 'Mod') return [['Ctrl', ...parts.slice(1)], ['⌘', ...parts.slice(1)]];
  return [parts];
}
