import { lazyComponent } from '../common/lazy-component';
import { ListedCard } from './ListedCard';
import { RENDER_EVERY_CARD_UP_TO, type CardListProps } from './card-list-props';

/**
 * The list that renders only the cards near the screen, with @tanstack/react-virtual: its code
 * (10 KB compressed) loads only for an article with more cards than are rendered whole. Until it
 * is there, the first cards render as a plain list.
 */
const VirtualCardList = lazyComponent(
  () => import('./VirtualCardList').then((m) => m.VirtualCardList),
  (props: CardListProps) => <PlainCardList {...props} shown={props.shown.slice(0, RENDER_EVERY_CARD_UP_TO)} setSize={props.shown.length} />,
);

/** The panel's cards in document order. */
export function CardList(props: CardListProps) {
  return props.shown.length > RENDER_EVERY_CARD_UP_TO ? <VirtualCardList {...props} /> : <PlainCardList {...props} />;
}

/** Every card given, in one list (with their places in a longer one when `setSize` says it). */
function PlainCardList(props: CardListProps & { setSize?: number }) {
  const { shown, listRef, setSize } = props;
  return (
    <ul ref={listRef} className="card-list" aria-label="Annotations list" hidden={shown.length === 0}>
      {shown.map((a, i) => (
        <ListedCard key={a.id} list={props} annotation={a} posInSet={setSize === undefined ? undefined : i + 1} setSize={setSize} />
      ))}
    </ul>
  );
}
