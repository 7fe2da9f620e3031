import type { Annotation } from '../../core/model/annotation';
import { ErrorBoundary } from '../common/ErrorBoundary';
import { AnnotationCard } from './AnnotationCard';
import type { CardListProps } from './card-list-props';

interface ListedCardProps {
  list: CardListProps;
  annotation: Annotation;
  /** Where the card stands in the whole list (from 1), when only part of it is rendered. */
  posInSet?: number;
  setSize?: number;
  measureRef?: (element: HTMLLIElement | null) => void;
}

/** One card of a card list, with the list's anchors, active card and handlers; a card that cannot render says so and the list goes on. */
export function ListedCard({ list, annotation, posInSet, setSize, measureRef }: ListedCardProps) {
  return (
    <ErrorBoundary
      resetKey={annotation}
      fallback={(error) => (
        <li ref={measureRef} className="card card-broken" aria-posinset={posInSet} aria-setsize={setSize}>
          <p role="alert">
            This annotation cannot be shown ({error.message}). It is still stored, and Export and Back up keep it.
          </p>
        </li>
      )}
    >
      <AnnotationCard
      annotation={annotation}
      anchor={list.anchors.get(annotation.id)}
      active={annotation.id === list.activeId}
      onActivate={list.onActivate}
      onEdit={list.onEdit}
      onDelete={list.onDelete}
      posInSet={posInSet}
      setSize={setSize}
      measureRef={measureRef}
      />
    </ErrorBoundary>
  );
}
