import type { SelectionBox } from '../../state/ui-store';

/** The page-coordinate box around a range, for placing the toolbar beside it. */
export function selectionBoxOf(range: Range): SelectionBox | null {
  const rects = Array.from(range.getClientRects()).filter((r) => r.width > 0 || r.height > 0);
  const first = rects[0];
  const last = rects[rects.length - 1];
  if (!first || !last) return null;
  return {
    top: first.top + window.scrollY,
    bottom: last.bottom + window.scrollY,
    left: first.left + window.scrollX,
    right: last.right + window.scrollX,
  };
}
