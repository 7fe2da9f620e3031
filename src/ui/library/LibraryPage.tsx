import { useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { SyncControl } from '../sync/SyncControl';
import { filterLibrary, type LibraryEntry } from '../../core/library/library-entries';
import { searchAllAnnotations } from '../../core/library/search-annotations';
import { useLibrary, useRestoreArticle, type DeletedArticle } from '../../state/library';
import { useAnnouncer } from '../../state/announcer-store';
import { useUiStore } from '../../state/ui-store';
import { useUndoStore } from '../../state/undo-store';
import { StatusArea } from '../shell/StatusArea';
import { PersistenceStatus, StorageAdvice, StorageNotice } from '../shell/StorageNotice';
import { useUndo } from '../shell/use-undo';
import { useShortcut } from '../shell/keymap';
import { AnnotationResults } from './AnnotationResults';
import { BackupControls } from './BackupControls';
import { ArticleList } from './ArticleList';
import { ArticleDetailsDialog } from './ArticleDetailsDialog';
import { DeleteArticleDialog } from './DeleteArticleDialog';
import { plural } from './format';
import { OpenArticleButton } from './LibraryNav';
import { MissingArticles } from './MissingArticles';

/**
 * The library: every article (the shipped ones and those opened here) with its counts, a search
 * over titles and sources and over every article's annotations, and deleting with undo. `/`
 * focuses the search.
 */
export function LibraryPage() {
  const library = useLibrary();
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const [deleting, setDeleting] = useState<LibraryEntry | null>(null);
  const [describing, setDescribing] = useState<LibraryEntry | null>(null);
  const announce = useAnnouncer((s) => s.announce);
  const restore = useRestoreArticle();
  const push = useUndoStore((s) => s.push);
  const error = useUiStore((s) => s.error);
  const clearError = useUiStore((s) => s.clearError);
  const undo = useUndo();
  const searchRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    document.title = 'Library · Marginalia';
  }, []);

  useShortcut('search-library', () => {
    searchRef.current?.focus();
  });

  const shown = useMemo(() => filterLibrary(library.entries, deferredQuery), [library.entries, deferredQuery]);
  const results = useMemo(() => searchAllAnnotations(library.annotations, library.entries, deferredQuery), [library.annotations, library.entries, deferredQuery]);
  const totals = useMemo(() => library.entries.reduce((sum, e) => sum + e.annotations, 0), [library.entries]);
  const searching = deferredQuery.trim() !== '';
  const ownArticles = library.entries.filter((e) => e.added !== null).length;

  const onDeleted = (entry: LibraryEntry, removed: DeletedArticle) => {
    setDeleting(null);
    const what = removed.annotations.length > 0 ? `“${entry.title}” and its ${plural(removed.annotations.length, 'annotation')}` : `“${entry.title}”`;
    push(`Deleted ${what}.`, () => restore.mutateAsync(removed), true);
  };

  return (
    <div className="layout">
      <header className="topbar library-topbar">
        <a className="brand brand-link" href="#/">
          Marginalia
        </a>
        <PersistenceStatus />
        <nav className="topbar-actions" aria-label="Library actions">
          <OpenArticleButton />
          <SyncControl />
        </nav>
      </header>
      <StorageNotice />
      <main className="library-page">
        <div className="library-head">
          <h1 className="library-title">Library</h1>
          {!library.isPending && (
            <p className="library-summary">
              {plural(library.entries.length, 'article')} · {plural(totals, 'annotation')}
            </p>
          )}
          <BackupControls />
        </div>
        <StorageAdvice />

        <div role="search" className="library-search">
          <input
            ref={searchRef}
            type="search"
            className="library-search-input"
            aria-label="Search articles and annotations"
            aria-keyshortcuts="/"
            placeholder="Search titles, sources and annotations"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
          />
          <kbd className="library-search-key" aria-hidden="true">
            /
          </kbd>
        </div>

        {library.error ? (
          <div role="alert" className="library-error">
            <p>The library could not be read: {library.error.message}</p>
            <button type="button" onClick={library.retry}>
              Try again
            </button>
          </div>
        ) : library.isPending ? (
          <p role="status" className="library-note">
            Opening the library…
          </p>
        ) : (
          <>
            <section className="library-section" aria-labelledby="articles-title">
              <h2 id="articles-title" className="section-label">
                Articles
              </h2>
              {searching && shown.length === 0 && <p className="library-empty">No article title or source matches “{deferredQuery}”.</p>}
              <ArticleList entries={shown} onDelete={setDeleting} onEditDetails={setDescribing} />
              {!searching && ownArticles === 0 && (
                <div className="library-welcome">
                  <p>
                    <strong>Bring your own articles.</strong> Paste a text, or choose or drop a .txt, .md or .html file, and annotate it like the one that comes with
                    Marginalia. Each article keeps its own annotations, and opening the same text again finds them.
                  </p>
                  <OpenArticleButton label="Open your own article" className="primary" acceptDrops={false} />
                </div>
              )}
            </section>
            {searching && <AnnotationResults query={deferredQuery} result={results} />}
            <MissingArticles missing={library.missing} />
          </>
        )}
      </main>
      {deleting && (
        <DeleteArticleDialog
          entry={deleting}
          annotations={library.annotations.filter((a) => a.target.articleId === deleting.id)}
          onCancel={() => setDeleting(null)}
          onDeleted={(removed) => onDeleted(deleting, removed)}
        />
      )}
      {describing && (
        <ArticleDetailsDialog
          articleId={describing.id}
          onClose={() => setDescribing(null)}
          onSaved={(title) => announce(`Details saved. The article is listed as “${title}”.`)}
        />
      )}
      <StatusArea error={error} onDismissError={clearError} onUndo={(id) => void undo(id)} />
    </div>
  );
}
