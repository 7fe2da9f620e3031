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
  if (reloadRequired) {
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

/** A quiet line saying whether the browser promised to keep our storage. */
export function PersistenceStatus() {
  const persistence = usePersistence();
  if (persistence.data === undefined || persistence.data === 'unsupported') return null;
  const granted = persistence.data === 'granted';
  const status = (
    <span
      className={`persistence ${granted ? 'persistence-granted' : ''}`}
      title={
        granted
          ? 'The browser has promised to keep your annotations even when space runs low.'
          : 'The browser may clear stored annotations when space runs low. Export them to keep a copy.'
      }
    >
      {granted ? 'Stored persistently' : 'Storage not guaranteed'}
    </span>
  );
  if (granted) return status;
  // Where to keep a copy of everything: the library's backup.
  return (
    <>
      {status}
      <a className="persistence-backup" href={`${LIBRARY_HREF}`} title="Back up every article and annotation to one file, in the library">
        Back up
      </a>
    </>
  );
}
