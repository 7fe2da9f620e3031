import { useEffect, useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { quoteLocator, type CurrentArticle } from '../../core/exchange/plan-import';
import type { Article } from '../../core/model/article';
import type { AnnotatableText } from '../../core/model/new-annotation';
import { useLibrary } from '../../state/library';
import { ImportPreviewDialog } from './ImportPreviewDialog';
import { useImport } from './use-import';

interface ImportFlowProps {
  article: Article;
  /** The open article's text, to place quotes that come without a position. */
  text: AnnotatableText;
  /** The file the reader chose. */
  file: File;
  /** Called once the import is over: written, cancelled or refused (the reason is in the app's alert). */
  onDone: () => void;
}

/**
 * One import of a chosen file, from reading it to the `Import preview` dialog and the write.
 * Loaded with its parsers and planner only when the Import button is used.
 */
export function ImportFlow({ article, text, file, onDone }: ImportFlowProps) {
  const current = useMemo<CurrentArticle>(() => {
    const iris = [article.iri, ...(article.source?.url ? [article.source.url] : [])];
    return { articleId: article.id, iris, locate: quoteLocator(text.text, text.map) };
  }, [article, text]);
  const { state, chooseFile, confirm, cancel } = useImport(current);

  // Read once per flow (the ref survives StrictMode's second run of the effect).
  const [read, setRead] = useState(false);
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    void chooseFile(file).finally(() => setRead(true));
  }, [chooseFile, file]);

  const onDoneRef = useRef(onDone);
  onDoneRef.current = onDone;
  const over = read && state.step === 'idle';
  useEffect(() => {
    if (over) onDoneRef.current();
  }, [over]);

  if (state.step === 'reading') {
    // On screen only once it takes a while (import.css delays it): a small file would only flash.
    return createPortal(
      <div role="status" className="import-reading">
        Reading “{state.fileName}”…
        <progress aria-label="Reading progress" />
      </div>,
      document.body,
    );
  }
  if (state.step === 'idle') return null;
  // In a portal: the top bar is a containing block for fixed elements (its backdrop filter),
  // which would pin the dialog inside the bar instead of over the page.
  return createPortal(
    <LibraryAwarePreview
      fileName={state.fileName}
      plan={state.plan}
      busy={state.step === 'importing'}
      {...(state.step === 'importing' ? { progress: state.progress } : {})}
      onConfirm={() => void confirm()}
      onCancel={cancel}
    />,
    document.body,
  );
}

/** The preview, told which articles the library has (read only while the preview is open). */
function LibraryAwarePreview(props: Omit<React.ComponentProps<typeof ImportPreviewDialog>, 'knownArticleIds'>) {
  const { entries } = useLibrary();
  const known = useMemo(() => new Set(entries.map((e) => e.id)), [entries]);
  return <ImportPreviewDialog {...props} knownArticleIds={known} />;
}
