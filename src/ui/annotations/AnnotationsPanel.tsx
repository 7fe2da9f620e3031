import { useEffect, useId, useMemo, useRef } from 'react';
import type { Anchor } from '../../core/anchoring/anchor';
import type { Annotation } from '../../core/model/annotation';
import { matchesSearch } from '../../core/model/search';
import { useUiStore } from '../../state/ui-store';
import { AnnotationCard } from './AnnotationCard';

interface AnnotationsPanelProps {
  annotations: readonly Annotation[];
  anchors: ReadonlyMap<string, Anchor>;
  loading: boolean;
  onActivate: (annotation: Annotation) => void;
  onEdit: (annotation: Annotation) => void;
  onDelete: (annotation: Annotation) => void;
}

/** The `Annotations` landmark: a searchable list of the article's annotations in document order. */
export function AnnotationsPanel({ annotations, anchors, loading, onActivate, onEdit, onDelete }: AnnotationsPanelProps) {
  const headingId = useId();
  const search = useUiStore((s) => s.search);
  const setSearch = useUiStore((s) => s.setSearch);
  const activeId = useUiStore((s) => s.activeId);
  const listRef = useRef<HTMLUListElement>(null);
  const shown = useMemo(() => annotations.filter((a) => matchesSearch(a, search)), [annotations, search]);

  // When a passage is clicked in the article, bring its card into view.
  useEffect(() => {
    if (!activeId || !listRef.current) return;
    const card = Array.from(listRef.current.children).find((el) => (el as HTMLElement).dataset.annotationId === activeId);
    card?.scrollIntoView?.({ block: 'nearest', behavior: 'smooth' });
  }, [activeId]);

  return (
    <aside className="panel" aria-labelledby={headingId}>
      <div className="panel-header">
        <h2 id={headingId} className="panel-title">
          Annotations
        </h2>
        <span className="panel-count" aria-hidden="true">
          {annotations.length}
        </span>
      </div>
      <input
        type="search"
        className="panel-search"
        aria-label="Search annotations"
        placeholder="Search quotes, notes, tags"
        value={search}
        onChange={(e) => setSearch(e.target.value)}
      />
      {loading ? (
        <p className="panel-empty">Loading annotations…</p>
      ) : annotations.length === 0 ? (
        <p className="panel-empty">No annotations yet. Select a passage in the article to highlight it, add a note or check a claim.</p>
      ) : shown.length === 0 ? (
        <p className="panel-empty">No annotation matches “{search}”.</p>
      ) : null}
      <ul ref={listRef} className="card-list" aria-label="Annotations list" hidden={shown.length === 0}>
        {shown.map((a) => (
          <AnnotationCard key={a.id} annotation={a} anchor={anchors.get(a.id)} active={a.id === activeId} onActivate={onActivate} onEdit={onEdit} onDelete={onDelete} />
        ))}
      </ul>
      {search && shown.length > 0 && (
        <p className="panel-note" role="status">
          {shown.length} of {annotations.length} shown
        </p>
      )}
    </aside>
  );
}
