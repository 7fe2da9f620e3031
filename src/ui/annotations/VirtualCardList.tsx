import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { useVirtualList } from '../common/use-virtual-list';
import { ListedCard } from './ListedCard';
import type { CardListProps } from './card-list-props';

/** Sizes (px) follow panel.css: the card list's gap is 0.75rem, and a short card is about 110 px. */
const VIRTUAL = { gap: 12, overscan: 6, estimate: 110 };

/** A long list of cards, of which only those near the screen are in the DOM; each says where it stands in the whole. */
export function VirtualCardList(props: CardListProps) {
  const { shown, activeId, listRef } = props;
  const ids = useMemo(() => shown.map((a) => a.id), [shown]);
  const list = useVirtualList(ids, listRef, VIRTUAL);

  // A passage clicked in the article whose card is not rendered: the list scrolls to about its
  // place, and the card is brought fully into view once it has rendered there. (A rendered card
  // the panel scrolls to itself.) Not before the list knows what scrolls it: a card made active
  // while this list's code was still loading would otherwise scroll the page, not the panel.
  const revealing = useRef<string | null>(null);
  const cardOf = (id: string) => Array.from(listRef.current?.children ?? []).find((el) => (el as HTMLElement).dataset.annotationId === id);
  useEffect(() => {
    if (list.ready && activeId && !cardOf(activeId) && list.scrollToKey(activeId)) revealing.current = activeId;
    // Only a change of the active annotation (or the list becoming ready) scrolls; later renders must not pull the list back.
  }, [activeId, list.ready]); // eslint-disable-line react-hooks/exhaustive-deps
  useLayoutEffect(() => {
    const id = revealing.current;
    const card = id && cardOf(id);
    if (!card) return;
    revealing.current = null;
    card.scrollIntoView?.({ block: 'nearest' });
  });

  return (
    <ul
      ref={listRef}
      className="card-list"
      aria-label="Annotations list"
      style={{ paddingTop: list.padTop, paddingBottom: list.padBottom, overflowAnchor: 'none' }}
    >
      {shown.slice(list.start, list.end).map((a, i) => (
        <ListedCard key={a.id} list={props} annotation={a} posInSet={list.start + i + 1} setSize={shown.length} measureRef={list.measure} />
      ))}
    </ul>
  );
}
