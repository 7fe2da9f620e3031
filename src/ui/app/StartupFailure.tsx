/** Shown when the app cannot start at all (no storage of any kind could be opened). */
export function StartupFailure({ error }: { error: unknown }) {
  const reason = error instanceof Error ? error.message : String(error);
  return (
    <div className="app-message" role="alert">
      <p>Marginalia could not start in this browser: {reason}</p>
      <p>Try reloading the page. If it keeps failing, allow this site to store data, or open it in another browser.</p>
      <button type="button" onClick={() => window.location.reload()}>
        Reload
      </button>
    </div>
  );
}

/** Shown instead of the app inside another site's frame, with the way to open it on its own. */
export function FramedRefusal() {
  return (
    <div className="app-message" role="alert">
      <p>Marginalia does not run inside another page, so that no page can hide it or click on it for you.</p>
      <a href={window.location.href} target="_top" rel="noopener">
        Open Marginalia on its own
      </a>
    </div>
  );
}
