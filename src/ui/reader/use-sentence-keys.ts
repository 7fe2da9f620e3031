import { useEffect, useMemo } from 'react';
import { trimSpan } from '../../core/anchoring/describe';
import { sentenceSpans, stepSentence } from '../../core/anchoring/sentences';
import { isTypingTarget } from '../common/is-typing-target';
import type { DomTextMap } from './dom-offsets';

/**
 * Keys `j` / `k` select the next / previous sentence of the article, `Shift` extends the
 * selection; they act when focus or the selection is in the article, so the whole annotate path
 * works without a mouse. The new selection goes through the normal selection tracking, which
 * shows the toolbar.
 */
export function useSentenceKeys(map: DomTextMap | null): void {
  const sentences = useMemo(() => (map ? sentenceSpans(map.text, map.root.closest('[lang]')?.getAttribute('lang') ?? 'en') : []), [map]);
  useEffect(() => {
    if (!map) return;
    const onKeyDown = (event: KeyboardEvent) => {
      const key = event.key.toLowerCase();
      if ((key !== 'j' && key !== 'k') || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
      if (isTypingTarget(event.target)) return;
      const selection = document.getSelection();
      const selected = selection && !selection.isCollapsed && selection.rangeCount > 0 ? map.fromRange(selection.getRangeAt(0)) : null;
      if (!selected && !map.root.contains(document.activeElement)) return;
      const current = selected && trimSpan(map.text, selected);
      const next = stepSentence(sentences, current, key === 'j' ? 'next' : 'previous', event.shiftKey);
      const range = next && map.toRange(next);
      if (!range || !selection) return;
      event.preventDefault();
      selection.removeAllRanges();
      selection.addRange(range);
      revealRange(range);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [map, sentences]);
}

/** Scrolls just enough to show the range, leaving room for the sticky top bar and the toolbar. */
function revealRange(range: Range): void {
  const rect = range.getBoundingClientRect();
  const margin = 96;
  if (rect.top < margin) window.scrollBy({ top: rect.top - margin });
  else if (rect.bottom > window.innerHeight - margin) window.scrollBy({ top: rect.bottom - window.innerHeight + margin });
}
