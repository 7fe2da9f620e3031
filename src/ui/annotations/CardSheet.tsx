import { useLayoutEffect, useRef, type KeyboardEvent } from 'react';
import type { Anchor } from '../../core/anchoring/anchor';
import type { Annotation } from '../../core/model/annotation';
import { AnnotationCard } from './AnnotationCard';

interface CardSheetProps {
  annotation: Annotation;
  anchor: Anchor | undefined;
  onEdit: (annotation: Annotation) => void;
  onDelete: (annotation: Annotation) => void;
  onClose: () => void;
  /** Where an annotation's passage is on screen now, or null when it cannot be measured. */
  passageRect: (id: string) => DOMRect | null;
}

/** Space kept between the passage and the sheet's top edge. */
const GAP = 16;

/**
 * On a phone, the card of a tapped passage, in a sheet over the bottom of the screen: the
 * reader stays where they were reading instead of being sent to the card list below the
 * article. If the sheet would cover the passage, the page moves up just enough, and moves
 * back by as much on `Close` (unless the reader has scrolled meanwhile). Escape closes it too.
 */
export function CardSheet({ annotation, anchor, onEdit, onDelete, onClose, passageRect }: CardSheetProps) {
  const ref = useRef<HTMLElement>(null);
  const moved = useRef<{ from: number; to: number } | null>(null);

  useLayoutEffect(() => {
    const sheet = ref.current;
    if (!sheet) return;
    sheet.focus({ preventScroll: true });
    const rect = passageRect(annotation.id);
    const room = window.innerHeight - sheet.getBoundingClientRect().height - GAP;
    if (!rect || rect.bottom <= room) return;
    const from = moved.current?.from ?? window.scrollY;
    window.scrollTo({ top: window.scrollY + rect.bottom - room, behavior: 'auto' });
    moved.current = { from, to: window.scrollY };
    // A new passage is measured from where the page is now; the way back stays the first one.
  }, [annotation.id, passageRect]);

  const close = () => {
    const way = moved.current;
    // Moved back by as much as it was moved up (the browser may have shifted the page a little
    // meanwhile to keep the text in place, as images above load); not if the reader has scrolled.
    if (way && Math.abs(window.scrollY - way.to) < window.innerHeight / 4) window.scrollBy({ top: way.from - way.to, behavior: 'auto' });
    onClose();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    close();
  };

  return (
    <section ref={ref} className="card-sheet" aria-label="Selected annotation" tabIndex={-1} onKeyDown={onKeyDown}>
      <ul className="card-list">
        <AnnotationCard annotation={annotation} anchor={anchor} active onActivate={() => undefined} onEdit={onEdit} onDelete={onDelete} />
      </ul>
      <button type="button" className="card-sheet-close" onClick={close}>
        Close
      </button>
    </section>
  );
}
