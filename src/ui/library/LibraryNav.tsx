import { lazy, Suspense, useState } from 'react';
import { createPortal } from 'react-dom';
import { articleHref, LIBRARY_HREF, navigate } from '../shell/use-hash-route';
import { usePageFileDrop } from './use-page-file-drop';

/** The dialog and its parsers load when it is first opened. */
const OpenArticleDialog = lazy(() => import('./OpenArticleDialog').then((m) => ({ default: m.OpenArticleDialog })));

/** The `Library` button: goes to the library (a history entry, so Back returns to the article). */
export function LibraryButton() {
  return (
    <button type="button" onClick={() => navigate(LIBRARY_HREF)}>
      Library
    </button>
  );
}

interface OpenArticleButtonProps {
  /** The button's text; `Open article` in the top bars. */
  label?: string;
  className?: string;
  /** Whether a file dropped anywhere on the page opens the dialog (one button per page should). */
  acceptDrops?: boolean;
}

/**
 * The `Open article` button and its dialog. A file dropped anywhere on the page opens the
 * dialog with that file; once opened, the article is shown at its own address.
 */
export function OpenArticleButton({ label = 'Open article', className, acceptDrops = true }: OpenArticleButtonProps) {
  const [dialog, setDialog] = useState<{ file: File | null } | null>(null);
  usePageFileDrop(!acceptDrops ? 'off' : dialog === null ? 'open' : 'swallow', (file) => setDialog({ file }));
  return (
    <>
      <button type="button" className={className} onClick={() => setDialog({ file: null })}>
        {label}
      </button>
      {/* In the body: the top bar's backdrop-filter would otherwise hold the dialog's fixed backdrop inside the bar. */}
      {dialog &&
        createPortal(
          <Suspense fallback={null}>
            <OpenArticleDialog
              initialFile={dialog.file}
              onClose={() => setDialog(null)}
              onOpened={(id) => {
                setDialog(null);
                navigate(articleHref(id));
              }}
            />
          </Suspense>,
          document.body,
        )}
    </>
  );
}
