import { useEffect, useMemo, useRef } from 'react';
import { createPortal } from 'react-dom';
import { quoteLocator, type CurrentArticle } from '../../core/exchange/plan-import';
import type { Article } from '../../core/model/article';
import type { AnnotatableText } from '../../core/model/new-annotation';
import { ImportPreviewDialog } from './ImportPreviewDialog';
import { useLibrary } from '../../state/library';
import { useImport } from './use-import';

/** Files the chooser offers: our .jsonld exports and plain JSON (Hypothesis, other tools). */
const ACCEPT = '.json,.jsonld,application/json,application/ld+json';

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
  const current = useMemo<CurrentArticle | null>(() => {
    if (!text) return null;
    const iris = [article.iri, ...(article.source?.url ? [article.source.url] : [])];
    return { articleId: article.id, iris, locate: quoteLocator(text.text, text.map) };
  }, [article, text]);
  const { state, chooseFile, confirm, cancel } = useImport(current);
  const reading = state.step === 'reading';
  const previewing = state.step === 'preview' || state.step === 'importing';

  // When the preview closes, focus goes back to the button, not to the hidden file input the
  // dialog saw focused when it opened.
  const buttonRef = useRef<HTMLButtonElement>(null);
  const wasPreviewing = useRef(false);
  useEffect(() => {
    if (wasPreviewing.current && !previewing) buttonRef.current?.focus();
    wasPreviewing.current = previewing;
  }, [previewing]);

  return (
    <>
      <button ref={buttonRef} type="button" onClick={() => inputRef.current?.click()} disabled={!current || reading} aria-busy={reading} title="Import annotations from a W3C JSON-LD or Hypothesis file">
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
          const file = event.currentTarget.files?.[0];
          // Cleared at once, so that choosing the same file again (after fixing it) is noticed.
          event.currentTarget.value = '';
          if (file) void chooseFile(file);
        }}
      />
      {reading && (
        <span role="status" className="visually-hidden">
          Reading “{state.fileName}”…
        </span>
      )}
      {previewing &&
        // In a portal: the top bar is a containing block for fixed elements (its backdrop
        // filter), which would pin the dialog inside the bar instead of over the page.
        createPortal(
          <LibraryAwarePreview fileName={state.fileName} plan={state.plan} busy={state.step === 'importing'} onConfirm={() => void confirm()} onCancel={cancel} />,
          document.body,
        )}
    </>
  );
}

/** The preview, told which articles the library has (read only while the preview is open). */
function LibraryAwarePreview(props: Omit<React.ComponentProps<typeof ImportPreviewDialog>, 'knownArticleIds'>) {
  const { entries } = useLibrary();
  const known = useMemo(() => new Set(entries.map((e) => e.id)), [entries]);
  return <ImportPreviewDialog {...props} knownArticleIds={known} />;
}
