import { lazy, Suspense, useEffect, useLayoutEffect, type ReactNode } from 'react';
import type { Article } from '../../core/model/article';
import { useArticle, useKnownTitle } from '../../state/article';
import { ArticleShell } from './ArticleShell';
import { useDescribedArticle } from '../../state/article-details';
import { useStorageSync } from '../../state/storage-sync';
import { useUiStore } from '../../state/ui-store';
import { useSyncResume } from '../../state/sync-switch';
import '../library/library.css';
import { ReaderPage } from './ReaderPage';
import { LIBRARY_HREF, useHashRoute } from '../shell/use-hash-route';
import { UpdateNotice } from '../shell/UpdateNotice';
import { ErrorBoundary } from '../common/ErrorBoundary';
import { installVerdictStyles } from '../common/verdict-styles';

// The marks' and verdicts' colours are derived from the vocabulary; in place before any annotation paints.
installVerdictStyles();

/** The page a failed view shows, loaded only then (the service worker has it offline too). */
const AppCrash = lazy(() => import('./AppCrash').then((m) => ({ default: m.AppCrash })));

/** The library view loads on first visit: a reader who only reads never downloads it. */
const LibraryPage = lazy(() => import('../library/LibraryPage').then((m) => ({ default: m.LibraryPage })));

/** The article the reader opens by default (public/articles/<id>.json). */
export const DEFAULT_ARTICLE_ID = 'press-tv-washington-asked-moscow-nusra';

/**
 * The app: shows what the address names (`#/a/<id>` an article, `#/library` the library, no
 * address the default article), or says clearly why it cannot.
 */
export function App({ articleId = DEFAULT_ARTICLE_ID }: { articleId?: string }) {
  // A view that fails to render shows what happened and the way out; another address tries again.
  const address = JSON.stringify(useHashRoute(articleId));
  return (
    <>
      <ErrorBoundary
        resetKey={address}
        fallback={(error) => (
          <Suspense fallback={<p className="app-message" role="alert">This page could not be shown ({error.message}). Nothing you saved is lost.</p>}>
            <AppCrash error={error} />
          </Suspense>
        )}
      >
        <AppView articleId={articleId} />
      </ErrorBoundary>
      <UpdateNotice />
    </>
  );
}

/** The view the address names. */
function AppView({ articleId }: { articleId: string }) {
  useStorageSync();
  useSyncResume();
  const route = useHashRoute(articleId);
  const view = route.view === 'reader' ? `a:${route.articleId}` : route.view;

  // A new view starts at its top (the browser restores nothing for hash changes it did not scroll).
  useEffect(() => {
    if (window.scrollY > 0) window.scrollTo(0, 0);
  }, [view]);

  switch (route.view) {
    case 'library':
      return (
        <Suspense
          fallback={
            <p className="app-message" role="status">
              Opening the library…
            </p>
          }
        >
          <LibraryPage />
        </Suspense>
      );
    case 'unknown':
      return (
        <Message title="There is nothing at this address">
          <p>
            “{route.address}” is not an address Marginalia knows. Articles live at addresses like <code>#/a/…</code>.
          </p>
        </Message>
      );
    case 'reader':
      // Keyed by article: switching articles starts the reader afresh.
      return <ArticleRoute key={route.articleId} articleId={route.articleId} annotationId={route.annotationId} />;
  }
}

/** One article at its address: loading, failing, not found, or read. */
function ArticleRoute({ articleId, annotationId }: { articleId: string; annotationId: string | null }) {
  const article = useArticle(articleId);
  const knownTitle = useKnownTitle(articleId);
  const resetForArticle = useUiStore((s) => s.resetForArticle);
  // What was selected, active or being edited belongs to this article only.
  useLayoutEffect(() => resetForArticle, [resetForArticle]);

  if (article.isPending) return <ArticleShell title={knownTitle} />;
  if (article.isError) {
    return (
      <div className="app-message" role="alert">
        <p>{article.error.message}</p>
        <p className="app-message-actions">
          <button type="button" onClick={() => void article.refetch()}>
            Try again
          </button>
          <a href={LIBRARY_HREF}>Go to the library</a>
        </p>
      </div>
    );
  }
  if (article.data === null) {
    return (
      <Message title="This article is not in your library">
        <p>
          No article with this address is stored in this browser. It may have been deleted, or the address was made in another browser. Open its text again to read
          it here: annotations still stored for it come back with it.
        </p>
      </Message>
    );
  }
  return <DescribedReader article={article.data} focusId={annotationId} />;
}

/** The reader on the article as the reader described it (its edited title, source and date), named in the window's title. */
function DescribedReader({ article, focusId }: { article: Article; focusId: string | null }) {
  const described = useDescribedArticle(article);
  const { title } = described;
  useEffect(() => {
    document.title = `${title} · Marginalia`;
  }, [title]);
  return <ReaderPage article={described} focusId={focusId} />;
}

/** A full-page message with the way back to the library. */
function Message({ title, children }: { title: string; children: ReactNode }) {
  useEffect(() => {
    document.title = `${title} · Marginalia`;
  }, [title]);
  return (
    <main className="app-message app-message-page">
      <h1 className="app-message-title">{title}</h1>
      {children}
      <p className="app-message-actions">
        <a className="button-link primary" href={LIBRARY_HREF}>
          Go to the library
        </a>
        <a href="#/">Read the article that comes with Marginalia</a>
      </p>
    </main>
  );
}
