import type { AnnotationSearchResult } from '../../core/library/search-annotations';
import { VerdictBadge } from '../annotations/VerdictBadge';
import { articleHref } from '../shell/use-hash-route';
import { plural } from './format';

/**
 * Annotations of every article matching the library's search, grouped by article; each links
 * to its passage in the article. Annotations of an article not in the library are listed
 * without a link, since there is nothing to open.
 */
export function AnnotationResults({ query, result }: { query: string; result: AnnotationSearchResult }) {
  return (
    <section className="library-section" aria-labelledby="annotation-results-title">
      <h2 id="annotation-results-title" className="library-section-title">
        Annotations
      </h2>
      {result.total === 0 ? (
        <p className="library-empty">No annotation in any article matches “{query}”. Search looks in quotes, notes, tags and verdicts.</p>
      ) : (
        <p className="library-note">
          {plural(result.total, 'annotation')} in {plural(result.groups.length, 'article')} match “{query}”
          {result.shown < result.total ? `; the first ${result.shown} are shown. Add a word to narrow the search.` : '.'}
        </p>
      )}
      {result.groups.map((group) => (
        <section key={group.articleId} className="result-group" aria-label={group.title ?? `Article not in the library (${group.articleId})`}>
          <h3 className="result-group-title">{group.title ? <a href={articleHref(group.articleId)}>{group.title}</a> : <span>Not in your library: {group.articleId}</span>}</h3>
          <ul className="result-list">
            {group.hits.map((a) => (
              <li key={a.id} className="result-item">
                {group.title ? (
                  <a className="result-quote" href={articleHref(group.articleId, a.id)}>
                    <q>{a.target.quote.exact}</q>
                  </a>
                ) : (
                  <q className="result-quote">{a.target.quote.exact}</q>
                )}
                {(a.verdict || a.note.trim() || a.tags.length > 0) && (
                  <div className="result-details">
                    {a.verdict && <VerdictBadge verdict={a.verdict} />}
                    {a.note.trim() && <span className="result-note">{a.note}</span>}
                    {a.tags.map((tag) => (
                      <span key={tag} className="tag">
                        {tag}
                      </span>
                    ))}
                  </div>
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
