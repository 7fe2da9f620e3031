import type { Annotation } from '../../core/model/annotation';
import { useLostChanges, useNotShared, useOwnName } from '../../state/sync-store';
import { lostChangeText } from './sync-words';

/**
 * What sync adds to a card: who made it when it was someone else, the concurrent changes that
 * lost (“Ben also set Misleading”), and, with a read-only key, that it stays on this device.
 */
export function CardSyncLines({ annotation }: { annotation: Annotation }) {
  const ownName = useOwnName();
  const lost = useLostChanges(annotation.target.articleId, annotation.id);
  const notShared = useNotShared(annotation.target.articleId, annotation.id);
  const author = annotation.author?.name;
  const byOther = author !== undefined && author !== ownName;
  if (!byOther && !lost?.length && !notShared) return null;
  return (
    <>
      {byOther && <p className="card-author">by {author}</p>}
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
