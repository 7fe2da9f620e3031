import type { Annotation } from '../../core/model/annotation';
import { useSyncSwitch } from '../../state/sync-switch';
import { lazyComponent } from '../common/lazy-component';

/** What a running session adds to a card, loaded once sync is in use. */
const LiveCardLines = lazyComponent(() => import('./LiveCardLines').then((m) => m.LiveCardLines));

/**
 * What sync adds to a card: who made it when it was someone else (known with sync off too:
 * the annotation carries its author), and while sync runs, what it says of this annotation.
 */
export function CardSyncLines({ annotation }: { annotation: Annotation }) {
  const ownName = useSyncSwitch((s) => s.ownName);
  const inUse = useSyncSwitch((s) => s.inUse);
  const author = annotation.author?.name;
  return (
    <>
      {author !== undefined && author !== ownName && <p className="card-author">by {author}</p>}
      {inUse && <LiveCardLines annotation={annotation} />}
    </>
  );
}
