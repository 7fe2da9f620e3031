import { lazy, Suspense, useState } from 'react';
import { createPortal } from 'react-dom';
import { articleHref, LIBRARY_HREF, navigate } from '../shell/use-hash-route';
import type { SentPage } from '../../core/library/bookmarklet';
import { usePageFileDrop } from './use-page-file-drop';
import { useSentPage } from './use-sent-page';

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

/** What the dialog opens with: nothing, a dropped file, or a page sent by the bookmarklet (or why it was refused). */
interface DialogStart {
  file: File | null;
  page?: SentPage;
  error?: string;
}

/**
 * The `Open article` button and its dialog. A file dropped anywhere on the page, or a page sent
 * by `Send to Marginalia`, opens the dialog with it; once opened, the article is shown at its
 * own address.
 */
export function OpenArticleButton({ label = 'Open article', className, acceptDrops = true }: OpenArticleButtonProps) {
  const [dialog, setDialog] = useState<DialogStart | null>(null);
  usePageFileDrop(!acceptDrops ? 'off' : dialog === null ? 'open' : 'swallow', (file) => setDialog({ file }));
  // The one button per page that takes drops also takes the bookmarklet's page.
  useSentPage(acceptDrops, (sent) => setDialog(sent.ok ? { file: null, page: sent.page } : { file: null, error: sent.error }));
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
              initialPage={dialog.page ?? null}
              initialError={dialog.error ?? null}
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
