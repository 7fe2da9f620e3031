import { useEffect, useRef } from 'react';

/** What a file dropped on the page does: opens (`onFile` gets it), is only swallowed, or is left to others. */
export type PageDropMode = 'open' | 'swallow' | 'off';

/**
 * Lets a file be dropped anywhere on the page. In `open` mode `onFile` receives it; in `swallow`
 * mode (a dialog that takes drops itself is open) the drop only does not replace the app with
 * the file, which is the browser's default; `off` listens to nothing.
 */
export function usePageFileDrop(mode: PageDropMode, onFile: (file: File) => void): void {
  const onFileRef = useRef(onFile);
  onFileRef.current = onFile;
  useEffect(() => {
    if (mode === 'off') return;
    const hasFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;
    const onDragOver = (event: DragEvent) => {
      if (!hasFiles(event) || event.defaultPrevented) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = mode === 'open' ? 'copy' : 'none';
    };
    const onDrop = (event: DragEvent) => {
      if (!hasFiles(event) || event.defaultPrevented) return;
      event.preventDefault();
      const file = event.dataTransfer?.files[0];
      if (mode === 'open' && file) onFileRef.current(file);
    };
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
    };
  }, [mode]);
}
