import { useServices } from '../../state/services';
import { LIBRARY_HREF } from './use-hash-route';
import { usePersistence, useReloadRequired } from '../../state/storage-status';

/**
 * Tells the reader where their annotations live when it matters: in memory only (the browser
 * refused storage), or in a tab that must reload after another tab upgraded the database.
 */
export function StorageNotice() {
  const { storageMode } = useServices();
  const reloadRequired = useReloadRequired();
  if (reloadRequired === 'deleted') {
    return (
      <div role="alert" className="notice notice-warning">
        <p>
          <strong>Marginalia’s stored data was deleted</strong> in another tab, or with this site’s data. What this tab shows is all that is left of it: use{' '}
          <em>Export</em> now to keep this article’s annotations. After a reload, Marginalia starts empty.
        </p>
      </div>
    );
  }
  if (reloadRequired === 'upgraded') {
    return (
      <div role="alert" className="notice notice-warning">
        <p>
          Marginalia was updated in another tab. Reload this tab to go on annotating; your saved annotations are safe.
        </p>
        <button type="button" onClick={() => window.location.reload()}>
          Reload
        </button>
      </div>
    );
  }
  if (storageMode.kind === 'memory') {
    return (
      <div role="alert" className="notice notice-warning">
        <p>
          <strong>Annotations will not survive this session.</strong> This browser does not let Marginalia store data ({storageMode.reason}), so
          everything is kept in memory until you close the tab. Use <em>Export</em> to keep your work.
        </p>
      </div>
    );
  }
  return null;
}

/** What "Storage not guaranteed" means and what to do about it, in the reader's words. */
export const NOT_GUARANTEED_MEANING =
  'This browser has not promised to keep what Marginalia stores. If the device runs short of space, it may delete your articles and annotations without asking.';

/**
 * A quiet line saying whether the browser promised to keep our storage. When it did not, the
 * words open (a disclosure, so keyboard and screen readers reach it, not a tooltip) on what that
 * means and what to do: back everything up to one file, in the library.
 */
export function PersistenceStatus() {
  const persistence = usePersistence();
  if (persistence.data === undefined || persistence.data === 'unsupported') return null;
  if (persistence.data === 'granted') {
    return (
      <span className="persistence persistence-granted" title="The browser has promised to keep your annotations even when space runs low.">
        Stored persistently
      </span>
    );
  }
  return (
    <details className="persistence persistence-details">
      <summary>Storage not guaranteed</summary>
      <div className="persistence-explained">
        <p>{NOT_GUARANTEED_MEANING}</p>
        <p>
          Keep a copy: <a href={LIBRARY_HREF}>back up everything to one file</a> in the library (Back up library), or use Export for one article.
        </p>
      </div>
    </details>
  );
}

/**
 * The same words where the reader manages their articles (the library, beside Back up), shown
 * on every screen size while the browser has not promised to keep the data.
 */
export function StorageAdvice() {
  const persistence = usePersistence();
  if (persistence.data !== 'not-granted') return null;
  return (
    <p className="storage-advice">
      <strong>Storage not guaranteed.</strong> {NOT_GUARANTEED_MEANING} Press <em>Back up library</em> now and then to keep every article and annotation in one
      file you can restore.
    </p>
  );
}
