import type { Annotation } from '../../core/model/annotation';
import { useLostChanges, useNotShared } from '../../state/sync-store';
import { lostChangeText } from './sync-words';

/**
 * What a running session says of one card: the concurrent changes that lost (“Ben also set
 * Misleading”), and, with a read-only key, that it stays on this device.
 */
export function LiveCardLines({ annotation }: { annotation: Annotation }) {
  const lost = useLostChanges(annotation.target.articleId, annotation.id);
  const notShared = useNotShared(annotation.target.articleId, annotation.id);
  return (
    <>
      {lost?.map((change) => (
        <p key={`${change.field}|${change.device}`} className="card-lost-change" title="A change made at the same time on another device. Set the field again to settle it.">
          {lostChangeText(change)}
        </p>
      ))}
      {notShared && (
        <p className="card-not-shared" title="Your team key may only read: this annotation is kept on this device and not sent to the team.">
          Not shared
        </p>
      )}
    </>
  );
}
