import { memo } from 'react';
import type { Anchor } from '../../core/anchoring/anchor';
import type { Annotation } from '../../core/model/annotation';
import { CardNote } from './CardNote';
import { DriftReview } from '../reader/LazyDriftReview';
import { CardSyncLines } from '../sync/CardSyncLines';
import { UnsavedNotice } from './UnsavedNotice';
import { VerdictBadge } from './VerdictBadge';
import { siteName } from '../../core/library/safe-link';

interface AnnotationCardProps {
  annotation: Annotation;
  anchor: Anchor | undefined;
  active: boolean;
  onActivate: (annotation: Annotation) => void;
  onEdit: (annotation: Annotation) => void;
  onDelete: (annotation: Annotation) => void;
  /** Where the card stands in the whole list (from 1), when only part of the list is rendered. */
  posInSet?: number;
  setSize?: number;
  /** Measures the rendered card, for a list that renders only part of itself. */
  measureRef?: (element: HTMLLIElement | null) => void;
}

/** One annotation in the panel: its quote, verdict, note and tags, with Edit and Delete. */
export const AnnotationCard = memo(function AnnotationCard({ annotation, anchor, active, onActivate, onEdit, onDelete, posInSet, setSize, measureRef }: AnnotationCardProps) {
  const status = anchor?.status ?? 'anchored';
  // Orphaned for now, while the background search of the changed text still looks for it.
  const searching = anchor?.status === 'orphaned' && anchor.pending === true;
  const kind = annotation.verdict ? 'fact-check' : annotation.note.trim() ? 'note' : 'highlight';
  return (
    <li
      ref={measureRef}
      className={`card card--${kind}${annotation.verdict ? ` verdict-${annotation.verdict}` : ''}${active ? ' card-active' : ''}`}
      data-annotation-id={annotation.id}
      aria-current={active ? 'true' : undefined}
      aria-posinset={posInSet}
      aria-setsize={setSize}
      // The virtual list finds a measured card's place by its index in the whole list.
      data-index={posInSet === undefined ? undefined : posInSet - 1}
    >
      <button type="button" className="card-quote" onClick={() => onActivate(annotation)} title="Show this passage in the article">
        <q>{annotation.target.quote.exact}</q>
      </button>
      {(status !== 'anchored' || annotation.verdict) && (
        <p className="card-meta">
          {annotation.verdict && <VerdictBadge verdict={annotation.verdict} />}
          {searching && (
            <span className="status-badge status-pending" title="The article's text has changed; still looking for this passage.">
              Searching…
            </span>
          )}
          {status === 'orphaned' && !searching && (
            <span className="status-badge status-orphaned" title="This passage can no longer be found in the article. The annotation is kept.">
              Orphaned
            </span>
          )}
          {status === 'drifted' && (
            <span className="status-badge status-drifted" title="Found on text that has changed since it was annotated.">
              Drifted
            </span>
          )}
        </p>
      )}
      {anchor?.status === 'drifted' && <DriftReview annotation={annotation} anchor={anchor} />}
      {annotation.claim && (annotation.claim.summary || annotation.claim.claimant || annotation.claim.scope) && (
        <p className="card-claim">
          {annotation.claim.summary ? (
            <>
              <span className="card-claim-label">Claim:</span> <span>{annotation.claim.summary}</span>
              {annotation.claim.claimant && <span className="card-claimant"> — {annotation.claim.claimant}</span>}
            </>
          ) : (
            // No summary: the claimant alone, said as such (not a dash after nothing).
            annotation.claim.claimant && (
              <>
                <span className="card-claim-label">Claimed by</span> <span className="card-claimant">{annotation.claim.claimant}</span>
              </>
            )
          )}
          {annotation.claim.scope && (
            <span className="card-scope">
              {annotation.claim.summary || annotation.claim.claimant ? ' · judges' : 'Judges'} the {annotation.claim.scope}
            </span>
          )}
        </p>
      )}
      {annotation.note.trim() !== '' && <CardNote note={annotation.note} />}
      {annotation.tags.length > 0 && (
        <p className="card-tags">
          <span className="visually-hidden">Tags: </span>
          {annotation.tags.map((tag) => (
            <span key={tag} className="tag">
              {tag}
            </span>
          ))}
        </p>
      )}
      {annotation.evidence.length > 0 && (
        <p className="card-sources">
          <span className="card-sources-label">Sources:</span>
          {annotation.evidence.map((source) => (
            <span key={source.url} className="card-source">
              <a href={source.url} target="_blank" rel="noopener noreferrer nofollow">
                {source.title || siteName(source.url) || source.url}
              </a>
              {source.stance && <span className={`stance stance-${source.stance}`}> ({source.stance})</span>}
            </span>
          ))}
        </p>
      )}
      <CardSyncLines annotation={annotation} />
      <UnsavedNotice annotation={annotation} />
      <div className="card-actions">
        <button type="button" onClick={() => onEdit(annotation)}>
          Edit
        </button>
        <button type="button" onClick={() => onDelete(annotation)}>
          Delete
        </button>
      </div>
    </li>
  );
});
