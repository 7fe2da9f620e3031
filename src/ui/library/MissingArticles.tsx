import type { MissingArticle } from '../../core/library/library-entries';
import { plural } from './format';

/**
 * Annotations kept for articles the library does not hold (imported from another browser, or
 * made there): which article each group needs, and how to bring them back into view.
 */
export function MissingArticles({ missing }: { missing: readonly MissingArticle[] }) {
  if (missing.length === 0) return null;
  return (
    <section className="library-section library-missing" aria-labelledby="missing-title">
      <h2 id="missing-title" className="section-label">
        Annotations waiting for their article
      </h2>
      <p className="library-note">
        These annotations are kept here, but their article is not in this library. Open the same article (paste its text or choose its file) and they appear on
        it.
      </p>
      <ul className="missing-list">
        {missing.map((m) => (
          <li key={m.id} className="missing-item">
            <span className="missing-count">{plural(m.annotations, 'annotation')}</span> for <code className="missing-id">{m.source || m.id}</code>
            {m.sampleQuote && (
              <span className="missing-quote">
                , such as <q>{m.sampleQuote}</q>
              </span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
