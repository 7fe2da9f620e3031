import { useMemo } from 'react';
import { trimSpan } from '../../core/anchoring/describe';
import { sentenceSpans, stepSentence } from '../../core/anchoring/sentences';
import { useShortcut } from '../shell/keymap';
import type { DomTextMap } from './dom-offsets';

/**
 * Keys `j` / `k` select the next / previous sentence of the article, `Shift` extends the
 * selection; they act when focus or the selection is in the article, so the whole annotate path
 * works without a mouse. The new selection goes through the normal selection tracking, which
 * shows the toolbar. Bound in the keymap (ui/shell/shortcuts.ts), whose guard keeps them out of
 * fields and from behind dialogs.
 */
export function useSentenceKeys(map: DomTextMap | null): void {
  const sentences = useMemo(() => (map ? sentenceSpans(map.text, map.root.closest('[lang]')?.getAttribute('lang') ?? 'en') : []), [map]);
  /** Moves or extends the selection by a sentence; false when neither focus nor the selection is in the article. */
  const step = (direction: 'next' | 'previous', extend: boolean): boolean => {
    if (!map) return false;
    const selection = document.getSelection();
    const selected = selection && !selection.isCollapsed && selection.rangeCount > 0 ? map.fromRange(selection.getRangeAt(0)) : null;
    if (!selected && !map.root.contains(document.activeElement)) return false;
    const current = selected && trimSpan(map.text, selected);
    const next = stepSentence(sentences, current, direction, extend);
    const range = next && map.toRange(next);
    if (!range || !selection) return false;
    selection.removeAllRanges();
    selection.addRange(range);
    revealRange(range);
    return true;
  };
  const enabled = map !== null;
  useShortcut('next-sentence', () => step('next', false), enabled);
  useShortcut('previous-sentence', () => step('previous', false), enabled);
  useShortcut('extend-next-sentence', () => step('next', true), enabled);
  useShortcut('extend-previous-sentence', () => step('previous', true), enabled);
}

/** Scrolls just enough to show the range, leaving room for the sticky top bar and the toolbar. */
function revealRange(range: Range): void {
  const rect = range.getBoundingClientRect();
  const margin = 96;
  if (rect.top < margin) window.scrollBy({ top: rect.top - margin });
  else if (rect.bottom > window.innerHeight - margin) window.scrollBy({ top: rect.bottom - window.innerHeight + margin });
}
