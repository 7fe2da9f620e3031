import { useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef } from 'react';
import type { Anchor } from '../../core/anchoring/anchor';
import type { Annotation } from '../../core/model/annotation';
import { isFiltering, matchesFilters } from '../../core/model/annotation-filter';
import { verdictById } from '../../core/model/fact-check';
import { useUiStore } from '../../state/ui-store';
import { CardList } from './CardList';
import { PanelFilters } from './PanelFilters';
import { VerdictLegend } from './VerdictLegend';
import { UndoButtons } from '../shell/UndoButtons';

interface AnnotationsPanelProps {
  annotations: readonly Annotation[];
  anchors: ReadonlyMap<string, Anchor>;
  loading: boolean;
  onActivate: (annotation: Annotation) => void;
  onEdit: (annotation: Annotation) => void;
  onDelete: (annotation: Annotation) => void;
}

/**
 * The `Annotations` landmark: the article's annotations in document order, narrowed by the
 * search box and the verdict and tag filters together.
 */
export function AnnotationsPanel({ annotations, anchors, loading, onActivate, onEdit, onDelete }: AnnotationsPanelProps) {
  const headingId = useId();
  const search = useUiStore((s) => s.search);
  const setSearch = useUiStore((s) => s.setSearch);
  const verdict = useUiStore((s) => s.verdictFilter);
  const tag = useUiStore((s) => s.tagFilter);
  const clearFilters = useUiStore((s) => s.clearFilters);
  const activeId = useUiStore((s) => s.activeId);
  const listRef = useRef<HTMLUListElement>(null);
  const filters = useMemo(() => ({ search, verdict, tag }), [search, verdict, tag]);
  const filtering = isFiltering(filters);
  const shown = useMemo(() => annotations.filter((a) => matchesFilters(a, filters)), [annotations, filters]);

  const shownIds = useMemo(() => shown.map((a) => a.id), [shown]);

  // When a passage is clicked in the article, bring its card into view if it is rendered (a
  // long list scrolls to a card it has not rendered itself: VirtualCardList).
  const cardOf = (id: string) => Array.from(listRef.current?.children ?? []).find((el) => (el as HTMLElement).dataset.annotationId === id);
  useEffect(() => {
    if (activeId) cardOf(activeId)?.scrollIntoView?.({ block: 'nearest', behavior: 'smooth' });
    // Only a change of the active annotation scrolls; later renders must not pull the list back.
  }, [activeId]);
  // A card deleted from its own button takes the focus with it: it goes to the next card (or the
  // one before, or the search box), so a keyboard user keeps their place in the list.
  const searchRef = useRef<HTMLInputElement>(null);
  const focusAfterDelete = useRef<{ deleted: string; next: string | null } | null>(null);
  const deleteCard = useCallback(
    (annotation: Annotation) => {
      const i = shownIds.indexOf(annotation.id);
      focusAfterDelete.current = { deleted: annotation.id, next: shownIds[i + 1] ?? shownIds[i - 1] ?? null };
      onDelete(annotation);
    },
    [shownIds, onDelete],
  );
  useLayoutEffect(() => {
    const pending = focusAfterDelete.current;
    // Once the card has gone from the list (not before: a refused delete keeps it).
    if (!pending || shownIds.includes(pending.deleted)) return;
    focusAfterDelete.current = null;
    const card = pending.next === null ? undefined : cardOf(pending.next);
    (card?.querySelector<HTMLElement>('.card-quote') ?? searchRef.current)?.focus();
  });

  return (
    <aside className="panel" aria-labelledby={headingId}>
      <div className="panel-header">
        <h2 id={headingId} className="section-label">
          Annotations
        </h2>
        <span className="panel-count" aria-hidden="true">
          {annotations.length}
        </span>
        <UndoButtons />
      </div>
      <input
        ref={searchRef}
        type="search"
        className="panel-search"
        aria-label="Search annotations"
        placeholder="Search quotes, notes, tags"
        value={search}
        onChange={(e) => setSearch(e.target.value)}
      />
      {annotations.length > 0 && <PanelFilters annotations={annotations} />}
      {loading ? (
        <p className="panel-empty">Loading annotations…</p>
      ) : annotations.length === 0 ? (
        <p className="panel-empty">No annotations yet. Select a passage in the article to highlight it, add a note or check a claim.</p>
      ) : shown.length === 0 ? (
        <div className="panel-empty panel-no-match">
          <p>No annotation matches {describeFilters(filters)}.</p>
          <button type="button" onClick={clearFilters}>
            Clear filters
          </button>
        </div>
      ) : null}
      <CardList shown={shown} anchors={anchors} activeId={activeId} listRef={listRef} onActivate={onActivate} onEdit={onEdit} onDelete={deleteCard} />
      {filtering && shown.length > 0 && (
        <p className="panel-note" role="status">
          {shown.length} of {annotations.length} shown{' '}
          <button type="button" className="link-button" onClick={clearFilters}>
            Show all
          </button>
        </p>
      )}
      <VerdictLegend />
    </aside>
  );
}

/** The active filters in words, for the empty state: `“lavrov”, rated False, tagged figures`. */
function describeFilters(filters: { search: string; verdict: string | null; tag: string | null }): string {
  const parts: string[] = [];
  if (filters.search.trim()) parts.push(`“${filters.search.trim()}”`);
  if (filters.verdict === 'none') parts.push('without a verdict');
  else if (filters.verdict) parts.push(`rated ${verdictById(filters.verdict)?.label ?? filters.verdict}`);
  if (filters.tag) parts.push(`tagged ${filters.tag}`);
  return parts.join(', ');
}
