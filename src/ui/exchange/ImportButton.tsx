import { useEffect, useRef, useState } from 'react';
import type { Article } from '../../core/model/article';
import type { AnnotatableText } from '../../core/model/new-annotation';
import { lazyComponent } from '../common/lazy-component';

/** Files the chooser offers: our .jsonld exports and plain JSON (Hypothesis, other tools). */
const ACCEPT = '.json,.jsonld,application/json,application/ld+json';

/** Reading, previewing and writing an import: loaded when the Import button is used. */
const ImportFlow = lazyComponent(
  () => import('./ImportFlow').then((m) => m.ImportFlow),
  ({ file }) => (
    <span role="status" className="visually-hidden">
      Reading “{file.name}”…
    </span>
  ),
);

interface ImportButtonProps {
  article: Article;
  /** The open article's text, to place quotes that come without a position; null while loading. */
  text: AnnotatableText | null;
}

/**
 * The `Import` button: opens the file chooser (an `<input type="file">` labelled `Import
 * annotations`), then the `Import preview` dialog. The input itself is kept out of the tab
 * order: the button is the one control to reach by keyboard.
 */
export function ImportButton({ article, text }: ImportButtonProps) {
  const inputRef = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);

  // When the import is over, focus goes back to the button, not to the hidden file input the
  // preview saw focused when it opened.
  const buttonRef = useRef<HTMLButtonElement>(null);
  const wasImporting = useRef(false);
  useEffect(() => {
    if (wasImporting.current && !file) buttonRef.current?.focus();
    wasImporting.current = file !== null;
  }, [file]);

  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        onClick={() => {
          // The import's code loads while the reader picks a file.
          void ImportFlow.preload();
          inputRef.current?.click();
        }}
        disabled={!text || file !== null}
        aria-busy={file !== null}
        title="Import annotations from a W3C JSON-LD or Hypothesis file"
      >
        Import
      </button>
      <input
        ref={inputRef}
        type="file"
        accept={ACCEPT}
        aria-label="Import annotations"
        className="visually-hidden"
        tabIndex={-1}
        onChange={(event) => {
          const chosen = event.currentTarget.files?.[0];
          // Cleared at once, so that choosing the same file again (after fixing it) is noticed.
          event.currentTarget.value = '';
          if (chosen) setFile(chosen);
        }}
      />
      {file && text && <ImportFlow article={article} text={text} file={file} onDone={() => setFile(null)} />}
    </>
  );
}
