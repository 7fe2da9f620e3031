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
