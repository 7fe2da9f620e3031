import { useEffect, useRef } from 'react';
import type { Anchor } from '../../core/anchoring/anchor';
import type { Annotation } from '../../core/model/annotation';

/**
 * Brings the annotation named by the address (`#/a/<id>?annotation=<id>`: a library search hit,
 * a bookmark, a reload) into view: `land` marks it active and scrolls to its passage. That waits
 * until the annotation is loaded and its passage found in the text (anchoring runs after the
 * first paint, off the main thread), since before that there is nowhere to scroll to. Done once
 * per id, so the reader can move on afterwards.
 */
export function useFocusAnnotation(
  focusId: string | null,
  annotations: readonly Annotation[],
  anchors: ReadonlyMap<string, Anchor>,
  land: (annotation: Annotation) => void,
): void {
  const done = useRef<string | null>(null);
  useEffect(() => {
    if (!focusId || done.current === focusId) return;
    const target = annotations.find((a) => a.id === focusId);
    const anchor = anchors.get(focusId);
    // Still being looked for: an orphan is only known to be one once the search has ended.
    if (!target || !anchor || (anchor.status === 'orphaned' && anchor.pending)) return;
    done.current = focusId;
    // The app puts the reader where the address says; the browser must not restore an older place over it.
    if ('scrollRestoration' in history) history.scrollRestoration = 'manual';
    land(target);
  }, [focusId, annotations, anchors, land]);
}
