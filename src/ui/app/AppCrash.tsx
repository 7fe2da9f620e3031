import { useState } from 'react';
import { LIBRARY_HREF } from '../shell/use-hash-route';
import { useBackUpLibrary } from '../library/use-back-up';

/**
 * What the page shows when a view failed to render: what happened, that nothing stored is lost,
 * and the ways on: a backup of everything, a reload, the library. Never blank.
 */
export function AppCrash({ error }: { error: Error }) {
  const backUp = useBackUpLibrary();
  const [backup, setBackup] = useState<'idle' | 'done' | string>('idle');
  return (
    <main className="app-message app-message-page" role="alert">
      <h1 className="app-message-title">This page could not be shown</h1>
      <p>
        Something in it failed to display ({error.message}). Nothing you saved is lost: your articles and annotations are still stored in this browser.
      </p>
      <p className="app-message-actions">
        <button
          type="button"
          className="primary"
          onClick={() =>
            void backUp().then(
              () => setBackup('done'),
              (failure: unknown) => setBackup(failure instanceof Error ? failure.message : String(failure)),
            )
          }
        >
          Back up library
        </button>
        <button type="button" onClick={() => window.location.reload()}>
          Reload
        </button>
        <a href={LIBRARY_HREF}>Go to the library</a>
      </p>
      {backup === 'done' && <p>The backup file with everything stored here has been downloaded.</p>}
      {backup !== 'idle' && backup !== 'done' && <p>The backup could not be made: {backup}.</p>}
    </main>
  );
}
