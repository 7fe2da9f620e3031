import { useId, useMemo } from 'react';
import { isPlaced, type Anchor } from '../../core/anchoring/anchor';
import type { Annotation } from '../../core/model/annotation';
import { claimHeadline } from '../../core/model/claim';
import { articleScorecard } from '../../core/model/scorecard';
import { Dialog, DialogCloseFooter } from '../common/Dialog';
import { VerdictChart } from './VerdictChart';
import './scorecard.css';

interface ScorecardDialogProps {
  annotations: readonly Annotation[];
  anchors: ReadonlyMap<string, Anchor>;
  /** Length of the article's annotatable text (UTF-16, as the anchors count). */
  textLength: number;
  onClose: () => void;
  /** Shows a claim in the article (the dialog closes first). */
  onJump: (annotation: Annotation) => void;
}

/** A share as a reader says it: `12%`, `under 1%` rather than a misleading 0%. */
export function formatShare(fraction: number): string {
  if (fraction <= 0) return '0%';
  if (fraction < 0.01) return 'under 1%';
  return `${Math.round(fraction * 100)}%`;
}

/**
 * The dialog `Scorecard`: claims per verdict as a chart with a table alternative, how much of
 * the article's text the fact-checks cover, and the claims still Unverified, each a button that
 * shows it in the article. Says what to do when nothing is fact-checked yet.
 */
export function ScorecardDialog({ annotations, anchors, textLength, onClose, onJump }: ScorecardDialogProps) {
  const card = useMemo(
    () =>
      articleScorecard(annotations, textLength, (a) => {
        const anchor = anchors.get(a.id);
        return isPlaced(anchor) ? anchor : null;
      }),
    [annotations, anchors, textLength],
  );
  const share = formatShare(card.checkedFraction);
  const notClaims = card.notClaims.filter((c) => c.count > 0);
  const id = useId();

  return (
    <Dialog title="Scorecard" onClose={onClose} className="scorecard">
      {card.factChecks === 0 ? (
        <div className="scorecard-empty">
          <p>Nothing in this article is fact-checked yet.</p>
          <p className="field-hint">
            Select a claim in the article and choose <strong>Fact-check</strong> (or press <kbd>f</kbd>). Verdicts, how much of the text is checked and the claims still to verify
            will show here.
          </p>
        </div>
      ) : (
        <>
          <dl className="scorecard-stats">
            <div>
              <dt>Claims checked</dt>
              <dd>{card.claims}</dd>
            </div>
            <div>
              <dt>Text checked</dt>
              <dd>{share}</dd>
            </div>
            <div>
              <dt>Still unverified</dt>
              <dd>{card.unverified.length}</dd>
            </div>
          </dl>

          <section className="scorecard-section" aria-labelledby={`${id}-verdicts`}>
            <h3 id={`${id}-verdicts`} className="section-label">Claims per verdict</h3>
            <VerdictChart counts={card.counts} />
            {notClaims.length > 0 && (
              <p className="field-hint not-claims">
                Not counted as claims: {notClaims.map(({ verdict, count }) => `${verdict.label} ${count}`).join(', ')} (they judge wording or opinion, not facts).
              </p>
            )}
            <table className="visually-hidden">
              <caption>Claims per verdict</caption>
              <thead>
                <tr>
                  <th scope="col">Verdict</th>
                  <th scope="col">Claims</th>
                </tr>
              </thead>
              <tbody>
                {card.counts.map(({ verdict, count }) => (
                  <tr key={verdict.id}>
                    <th scope="row">{verdict.label}</th>
                    <td>{count}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>

          <section className="scorecard-section" aria-labelledby={`${id}-coverage`}>
            <h3 id={`${id}-coverage`} className="section-label">Coverage of the text</h3>
            <div className="coverage-bar" aria-hidden="true">
              <span style={{ width: `${Math.min(100, card.checkedFraction * 100)}%` }} />
            </div>
            <p className="field-hint">
              {share} of the article’s text lies in a fact-check ({card.checkedLength.toLocaleString('en')} of {card.textLength.toLocaleString('en')} characters; overlapping checks count once).
            </p>
          </section>

          <section className="scorecard-section" aria-labelledby={`${id}-unverified`}>
            <h3 id={`${id}-unverified`} className="section-label">Still unverified</h3>
            {card.unverified.length === 0 ? (
              <p className="field-hint">No claim is waiting for verification.</p>
            ) : (
              <ul className="unverified-list">
                {card.unverified.map((a) => (
                  <li key={a.id}>
                    <button
                      type="button"
                      className="unverified-claim"
                      onClick={() => {
                        onClose();
                        onJump(a);
                      }}
                    >
                      <span className="verdict-glyph verdict-unverified" aria-hidden="true">
                        ?
                      </span>
                      <span>{claimHeadline(a)}</span>
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      )}
      <DialogCloseFooter onClose={onClose} />
    </Dialog>
  );
}
