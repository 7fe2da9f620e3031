import type { RefObject } from 'react';
import type { Anchor } from '../../core/anchoring/anchor';
import type { Annotation } from '../../core/model/annotation';

/** What the panel gives its list of cards, whether it renders every card or only those near the screen. */
export interface CardListProps {
  shown: readonly Annotation[];
  anchors: ReadonlyMap<string, Anchor>;
  activeId: string | null;
  listRef: RefObject<HTMLUListElement | null>;
  onActivate: (annotation: Annotation) => void;
  onEdit: (annotation: Annotation) => void;
  onDelete: (annotation: Annotation) => void;
}

/**
 * Past this many cards only those near the screen are rendered: 10,000 cards are about 200,000
 * DOM nodes, which make every save, keystroke and scroll slow. Up to it every card is in the DOM,
 * where find-in-page and screen readers see them all.
 */
export const RENDER_EVERY_CARD_UP_TO = 120;
