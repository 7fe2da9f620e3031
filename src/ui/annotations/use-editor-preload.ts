import { useEffect } from 'react';
import { useUiStore } from '../../state/ui-store';
import { LazyAnnotationEditor } from './LazyAnnotationEditor';

/**
 * Loads the editor's code when the reader shows they may soon need it, and not before: on a
 * selection in the article (`n`, `f`, Note and Fact-check act on it), or on pointing at or
 * focusing an annotation (its Edit button). A reader who only reads never downloads it.
 */
export function useEditorPreload(): void {
  const selecting = useUiStore((s) => s.pending !== null);
  useEffect(() => {
    if (selecting) void LazyAnnotationEditor.preload();
  }, [selecting]);

  useEffect(() => {
    const onIntent = (event: Event) => {
      if (!(event.target instanceof Element) || !event.target.closest('[data-annotation-id]')) return;
      void LazyAnnotationEditor.preload();
      stop();
    };
    const stop = () => {
      document.removeEventListener('pointerover', onIntent);
      document.removeEventListener('focusin', onIntent);
    };
    document.addEventListener('pointerover', onIntent);
    document.addEventListener('focusin', onIntent);
    return stop;
  }, []);
}
