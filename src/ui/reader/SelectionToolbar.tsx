import type { PendingSelection } from '../../state/ui-store';

interface SelectionToolbarProps {
  pending: PendingSelection;
  onHighlight: () => void;
  onNote: () => void;
  onFactCheck: () => void;
}

/** Gap between the selection and the toolbar, in CSS pixels. */
const GAP = 8;

/**
 * The toolbar beside a selection. It sits below the selection's last line, where the system's
 * own selection menu on phones (drawn above) does not cover it. Pressing its buttons must not
 * clear the selection, so mouse-down is swallowed.
 */
export function SelectionToolbar({ pending, onHighlight, onNote, onFactCheck }: SelectionToolbarProps) {
  const { box } = pending;
  const left = Math.max(GAP, Math.min(box.left, window.innerWidth - 260));
  return (
    <div
      role="toolbar"
      aria-label="Annotate selection"
      className="selection-toolbar"
      style={{ top: box.bottom + GAP, left }}
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
