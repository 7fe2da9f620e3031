import type { LibraryEntry } from '../../core/library/library-entries';
import { articleHref } from '../shell/use-hash-route';
import { formatDate, plural } from './format';

interface ArticleListProps {
  entries: readonly LibraryEntry[];
  /** Offers `Delete` for a stored article (shipped ones always stay). */
  onDelete: (entry: LibraryEntry) => void;
  /** Opens `Article details` for any article, shipped or stored. */
  onEditDetails: (entry: LibraryEntry) => void;
}

/** The `Articles` list: one item per article, with its source, when it was added, its counts, `Details` and (for a stored one) `Delete`. */
export function ArticleList({ entries, onDelete, onEditDetails }: ArticleListProps) {
  return (
    <ul className="library-list" aria-label="Articles">
      {entries.map((entry) => (
        <li key={entry.id} className="library-item">
          <div className="library-item-main">
            <a className="library-item-title" href={articleHref(entry.id)}>
              {entry.title}
            </a>
            <p className="library-item-meta">
              {entry.source && <span className="library-item-source">{entry.source}</span>}
              {entry.added ? (
                <span>
                  Added <time dateTime={entry.added}>{formatDate(entry.added)}</time>
                </span>
              ) : (
                <span>Comes with Marginalia</span>
              )}
            </p>
          </div>
          <p className="library-item-counts">
            {entry.annotations === 0 ? (
              <span className="library-item-none">No annotations yet</span>
            ) : (
              <>
                <span>{plural(entry.annotations, 'annotation')}</span>
                <span>{plural(entry.factChecks, 'fact-check')}</span>
              </>
            )}
          </p>
          <p className="library-item-actions">
            <button type="button" onClick={() => onEditDetails(entry)}>
              Details <span className="visually-hidden">of “{entry.title}”</span>
            </button>
            {entry.added && (
              <button type="button" className="danger" onClick={() => onDelete(entry)}>
                Delete <span className="visually-hidden">“{entry.title}”</span>
              </button>
            )}
          </p>
        </li>
      ))}
    </ul>
  );
}
