import { useLayoutEffect, useRef, useState } from 'react';
import type { PendingSelection, SelectionBox } from '../../state/ui-store';

interface SelectionToolbarProps {
  pending: PendingSelection;
  onHighlight: () => void;
  onNote: () => void;
  onFactCheck: () => void;
}

/** Gap between the selection and the toolbar, and between the toolbar and the viewport's edges, in CSS pixels. */
const GAP = 8;

interface Size {
  width: number;
  height: number;
}

/**
 * Where the toolbar goes, in page coordinates: below the selection's last line, where the
 * system's own selection menu on phones (drawn above) does not cover it, unless that would put
 * it under the bottom of the viewport and there is room above; moved left as far as needed to
 * stay inside the viewport's width.
 */
function placeToolbar(box: SelectionBox, size: Size): { top: number; left: number } {
  const viewTop = window.scrollY;
  const viewBottom = window.scrollY + window.innerHeight;
  const below = box.bottom + GAP;
  const above = box.top - GAP - size.height;
  const top = below + size.height > viewBottom - GAP && above >= viewTop + GAP ? above : below;
  // clientWidth leaves out a desktop scrollbar, which innerWidth counts.
  const rightmost = window.scrollX + document.documentElement.clientWidth - GAP - size.width;
  const left = Math.max(window.scrollX + GAP, Math.min(box.left, rightmost));
  return { top, left };
}

/**
 * The toolbar beside a selection, kept inside the viewport (its size is measured before it is
 * painted). Pressing its buttons must not clear the selection, so mouse-down is swallowed.
 */
export function SelectionToolbar({ pending, onHighlight, onNote, onFactCheck }: SelectionToolbarProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState<Size>({ width: 0, height: 0 });
  useLayoutEffect(() => {
    const el = ref.current;
    if (el && (el.offsetWidth !== size.width || el.offsetHeight !== size.height)) setSize({ width: el.offsetWidth, height: el.offsetHeight });
  }, [pending, size]);
  const { top, left } = placeToolbar(pending.box, size);
  return (
    <div
      ref={ref}
      role="toolbar"
      aria-label="Annotate selection"
      className="selection-toolbar"
      style={{ top, left }}
      onMouseDown={(e) => e.preventDefault()}
    >
      <button type="button" onClick={onHighlight} aria-keyshortcuts="h">
        <span className="swatch swatch-highlight" aria-hidden="true" /> Highlight
      </button>
      <button type="button" onClick={onNote} aria-keyshortcuts="n">
        <span aria-hidden="true">✎</span> Note
      </button>
      <button type="button" onClick={onFactCheck} aria-keyshortcuts="f">
        <span aria-hidden="true">✓</span> Fact-check
      </button>
    </div>
  );
}
