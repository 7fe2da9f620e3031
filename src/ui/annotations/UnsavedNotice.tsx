import { useState } from 'react';
import type { Annotation } from '../../core/model/annotation';
import { useAnnouncer } from '../../state/announcer-store';
import { useSaveAnnotation } from '../../state/annotations';
import { useUnsavedStore } from '../../state/unsaved-store';

/**
 * On a card whose annotation the browser refused to store: says so, and offers Retry (once space
 * is freed) or Discard. Until then it is listed, painted and included in exports like any other.
 */
export function UnsavedNotice({ annotation }: { annotation: Annotation }) {
  const unsaved = useUnsavedStore((s) => s.items.some((a) => a.id === annotation.id));
  const remove = useUnsavedStore((s) => s.remove);
  const announce = useAnnouncer((s) => s.announce);
  const save = useSaveAnnotation();
  const [failed, setFailed] = useState(false);
  if (!unsaved) return null;
  const retry = async () => {
    try {
      await save.mutateAsync(annotation);
      remove(annotation.id);
      announce('Annotation saved.');
    } catch {
      setFailed(true);
    }
  };
  return (
    <div className="unsaved-notice" role="group" aria-label="Not saved">
      <p>
        <strong>Not saved in this browser.</strong> {failed ? 'Storage still refuses it. ' : ''}Retry once space is free, or use Export to keep it.
      </p>
      <button type="button" onClick={() => void retry()} disabled={save.isPending}>
        Retry
      </button>
      <button type="button" className="link-button" onClick={() => remove(annotation.id)}>
        Discard
      </button>
    </div>
  );
}
