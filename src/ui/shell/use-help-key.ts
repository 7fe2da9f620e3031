import { useEffect, useRef } from 'react';
import { isTypingTarget } from '../common/is-typing-target';

/** `?` opens the shortcuts dialog from anywhere but a text field. */
export function useHelpKey(open: () => void): void {
  const ref = useRef(open);
  ref.current = open;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== '?' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented || isTypingTarget(event.target)) return;
      if (document.querySelector('[role="dialog"]')) return;
      event.preventDefault();
      ref.current();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
