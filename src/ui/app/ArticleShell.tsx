/**
 * What an article's address shows while the article is read from storage: the page as the
 * reader will lay it out (the bar, the column) and, when the app already knows it (the library
 * listed it), the title where the headline will be. The title is not a heading yet: only the
 * article itself has one, so nothing finds a headline that is about to be replaced.
 */
export function ArticleShell({ title }: { title: string | null }) {
  return (
    <div className="layout">
      <header className="topbar">
        <span className="brand">Marginalia</span>
      </header>
      <main className="page">
        <div className="article-column">
          <div className="article article-shell" aria-busy="true">
            {title ? (
              <p className="article-title" aria-hidden="true">
                {title}
              </p>
            ) : (
              <div className="article-title-placeholder" aria-hidden="true" />
            )}
            <p className="article-shell-status" role="status">
              {title ? `Opening “${title}”…` : 'Opening the article…'}
            </p>
          </div>
        </div>
      </main>
    </div>
  );
}
