import { useState } from 'react';
import type { Anchor } from '../../core/anchoring/anchor';
import type { Annotation } from '../../core/model/annotation';
import { useDriftActionsContext } from './drift-actions';
import './drift-review.css';

interface DriftReviewProps {
  annotation: Annotation;
  anchor: Extract<Anchor, { status: 'drifted' }>;
}

/**
 * The part of a drifted annotation's card that shows what changed: the quote as annotated beside
 * the text found now, and (until the reader has answered on this text) the buttons `Accept new
 * position` and `Keep as it was`.
 */
export function DriftReview({ annotation, anchor }: DriftReviewProps) {
  const actions = useDriftActionsContext();
  const [busy, setBusy] = useState(false);
  const run = (action: () => Promise<void>) => {
    setBusy(true);
    void action().finally(() => setBusy(false));
  };
  const same = anchor.current === annotation.target.quote.exact;
  return (
    <div className="drift-review">
      <dl className="drift-compare">
        <div>
          <dt>Annotated text</dt>
          <dd>
            <q>{annotation.target.quote.exact}</q>
          </dd>
        </div>
        <div>
          <dt>Text now</dt>
          <dd>
            <q>{anchor.current}</q>
            {same && <span className="drift-same"> (same words, in a changed passage)</span>}
          </dd>
        </div>
      </dl>
      {anchor.kept ? (
        <p className="drift-kept">Kept as it was.</p>
      ) : (
        actions && (
          <div className="drift-actions">
            <button type="button" disabled={busy} onClick={() => run(() => actions.accept(annotation, anchor))}>
              Accept new position
            </button>
            <button type="button" disabled={busy} onClick={() => run(() => actions.keep(annotation))}>
              Keep as it was
            </button>
          </div>
        )
      )}
    </div>
  );
}
