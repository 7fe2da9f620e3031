/** Whether a box is on screen; null where there is no layout to tell (jsdom, a box not laid out). */
function boxOnScreen(rect: DOMRect | null | undefined): boolean | null {
  if (!rect || (rect.width === 0 && rect.height === 0)) return null;
  return rect.bottom > 0 && rect.top < window.innerHeight && rect.right > 0 && rect.left < window.innerWidth;
}

/**
 * Whether the reader is looking at annotation `id` now: its passage is on screen, or the focus
 * is on one of its cards (the panel's, the phone's sheet), where keys act on that card. Where
 * the passage cannot be measured, it counts as seen.
 */
export function annotationInView(id: string, passageRect: (id: string) => DOMRect | null): boolean {
  const focused = document.activeElement?.closest('[data-annotation-id]');
  if (focused?.getAttribute('data-annotation-id') === id) return true;
  return boxOnScreen(passageRect(id)) !== false;
}
