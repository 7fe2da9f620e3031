import { useId, useLayoutEffect, useRef, type ReactNode } from 'react';
import { createPortal } from 'react-dom';

interface DialogProps {
  title: string;
  /** The dialog's accessible name, when it must differ from the title shown (a name tests and screen readers rely on). */
  name?: string;
  onClose: () => void;
  children: ReactNode;
  className?: string;
  /** Where focus goes back to on close, when not what had it at open (a stand-in had it meanwhile). */
  returnFocus?: HTMLElement | null;
}

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), textarea:not([disabled]), select:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * A modal dialog: named by its title, focus moves in on open, Tab cycles inside it, Escape
 * closes it, and focus returns on close to what had it before. It is drawn in the body, wherever
 * it is opened from: inside the top bar (whose backdrop filter holds fixed boxes inside it) its
 * backdrop would cover only the bar and a tall dialog would start above the screen.
 */
export function Dialog({ title, name, onClose, children, className, returnFocus }: DialogProps) {
  const titleId = useId();
  const ref = useRef<HTMLDivElement>(null);
  const onCloseRef = useRef(onClose);
  onCloseRef.current = onClose;
  const returnFocusRef = useRef(returnFocus);

  // A layout effect: focus is inside before the dialog is first painted, so a key pressed the moment it shows lands in it.
  useLayoutEffect(() => {
    const previous = returnFocusRef.current ?? (document.activeElement instanceof HTMLElement ? document.activeElement : null);
    const first = ref.current?.querySelector<HTMLElement>('[data-autofocus]') ?? ref.current?.querySelector<HTMLElement>(FOCUSABLE);
    // Without scrolling: a long dialog (the shortcuts list) whose only control is its last would
    // otherwise open scrolled to its end, its title and first lines out of sight.
    first?.focus({ preventScroll: true });
    return () => previous?.focus();
  }, []);

  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      onCloseRef.current();
      return;
    }
    if (event.key !== 'Tab' || !ref.current) return;
    const focusable = Array.from(ref.current.querySelectorAll<HTMLElement>(FOCUSABLE));
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (!first || !last) return;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };

  return createPortal(
    <div className="dialog-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onCloseRef.current()}>
      <div ref={ref} role="dialog" aria-modal="true" aria-labelledby={name ? undefined : titleId} aria-label={name} className={`dialog ${className ?? ''}`} onKeyDown={onKeyDown}>
        <h2 id={titleId} className="dialog-title">
          {title}
        </h2>
        {children}
      </div>
    </div>,
    document.body,
  );
}

/** The footer of a read-only dialog: one `Close` button at the end. */
export function DialogCloseFooter({ onClose }: { onClose: () => void }) {
  return (
    <div className="editor-actions">
      <span className="spacer" />
      <button type="button" className="primary" onClick={onClose}>
        Close
      </button>
    </div>
  );
}
