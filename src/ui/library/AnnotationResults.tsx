import type { AnnotationSearchResult } from '../../core/library/search-annotations';
import type { Annotation } from '../../core/model/annotation';
import { markdownToPlainText } from '../../core/model/markdown-text';
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
      <h2 id="annotation-results-title" className="section-label">
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
              <ResultItem key={a.id} annotation={a} articleId={group.title ? group.articleId : null} />
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}

/** One hit: its quote (a link to the passage when the article can be opened) and its details. */
function ResultItem({ annotation: a, articleId }: { annotation: Annotation; articleId: string | null }) {
  // The note as words: a result shows and speaks text, not `**bold**`.
  const note = markdownToPlainText(a.note);
  return (
    <li className="result-item">
      {articleId ? (
        <a className="result-quote" href={articleHref(articleId, a.id)}>
          <q>{a.target.quote.exact}</q>
        </a>
      ) : (
        <q className="result-quote">{a.target.quote.exact}</q>
      )}
      {(a.verdict || note || a.tags.length > 0) && (
        <div className="result-details">
          {a.verdict && <VerdictBadge verdict={a.verdict} />}
          {note && <span className="result-note">{note}</span>}
          {a.tags.map((tag) => (
            <span key={tag} className="tag">
              {tag}
            </span>
          ))}
        </div>
      )}
    </li>
  );
}
