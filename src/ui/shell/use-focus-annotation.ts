import { useEffect, useRef } from 'react';
import type { Annotation } from '../../core/model/annotation';

/**
 * Brings the annotation named by the address (`#/a/<id>?annotation=<id>`, from the library's
 * search) into view once it has loaded: `activate` marks it active and scrolls to its passage.
 * Done once per id, so the reader can move on afterwards.
 */
export function useFocusAnnotation(focusId: string | null, annotations: readonly Annotation[], activate: (annotation: Annotation) => void): void {
  const done = useRef<string | null>(null);
  useEffect(() => {
    if (!focusId || done.current === focusId) return;
    const target = annotations.find((a) => a.id === focusId);
    if (!target) return;
    done.current = focusId;
    activate(target);
  }, [focusId, annotations, activate]);
}
