/** The app without sync, for the first-page figure: no Sync button. */
export function SyncControl() {
  return null;
}
