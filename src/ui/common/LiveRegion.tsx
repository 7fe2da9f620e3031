import { useAnnouncer } from '../../state/announcer-store';

/**
 * A polite live region that reads out announcements. The key changes with every announcement,
 * so assistive technology sees new content even when the words repeat.
 */
export function LiveRegion() {
  const message = useAnnouncer((s) => s.message);
  const serial = useAnnouncer((s) => s.serial);
  return (
    <div className="visually-hidden" aria-live="polite" aria-atomic="true" data-testid="announcer">
      <span key={serial}>{message}</span>
    </div>
  );
}
