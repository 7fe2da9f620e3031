import type { Article } from '../../core/model/article';
import { headlineOf } from '../../core/model/article';
import { siteName } from '../../core/library/safe-link';
import { formatPublished } from '../library/format';

interface ArticleKickerProps {
  article: Article;
  /** Opens `Article details`. */
  onEditDetails: () => void;
  /** Loads the dialog's code ahead, when the pointer or focus reaches the button. */
  onPreload?: () => void;
}

/**
 * The line above the headline: who published the article, who republished it, when, and where
 * (the original address's site, linked), then `Details` to correct any of it. When the reader has
 * renamed the article it says so, since the headline below stays the page's own.
 */
export function ArticleKicker({ article, onEditDetails, onPreload }: ArticleKickerProps) {
  const { source, published } = article;
  const host = source?.url ? siteName(source.url) : null;
  const renamed = headlineOf(article) !== article.title;
  return (
    <p className="kicker">
      {source?.name && <span className="kicker-source">{source.name}</span>}
      {source?.republishedBy && <span className="kicker-via">republished by {source.republishedBy}</span>}
      {published && (
        <span className="kicker-via">
          <time dateTime={published}>{formatPublished(published)}</time>
        </span>
      )}
      {host && source?.url && (
        <span className="kicker-via">
          <a href={source.url} target="_blank" rel="noopener noreferrer nofollow">
            {host}
          </a>
        </span>
      )}
      {renamed && <span className="kicker-via">listed as “{article.title}”</span>}
      <span className="kicker-via">
        <button type="button" className="link-button kicker-edit" onClick={onEditDetails} onPointerEnter={onPreload} onFocus={onPreload} aria-label="Edit article details">
          Details
        </button>
      </span>
    </p>
  );
}
