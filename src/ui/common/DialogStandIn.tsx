import { useEffect, useRef } from 'react';
import { createPortal } from 'react-dom';

interface DialogStandInProps {
  /** What is opening, said to assistive technology and shown if the wait is long: `Opening the scorecard…`. */
  label: string;
  onClose: () => void;
}

/**
 * In a dialog's place while its code loads. Invisible at first (most loads are over before the
 * reader would notice, and a flash of a placeholder is worse than a short wait), then a busy
 * veil saying what is opening. Escape closes it. Focus stays where it was, so that the dialog
 * takes it from there and gives it back there on close.
 */
export function DialogStandIn({ label, onClose }: DialogStandInProps) {
  const onCloseRef = useRef(onClose);
  onCloseRef.current = onClose;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      onCloseRef.current();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
  // In the body, as Dialog is: inside the top bar its veil would cover only the bar.
  return createPortal(
    <div className="dialog-backdrop dialog-stand-in" aria-busy="true" onMouseDown={(e) => e.target === e.currentTarget && onCloseRef.current()}>
      <p className="dialog dialog-stand-in-label" role="status">
        {label}
      </p>
    </div>,
    document.body,
  );
}
