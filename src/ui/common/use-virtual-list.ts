import { measureElement as measureByBox, useVirtualizer, useWindowVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useLayoutEffect, useState, type RefObject } from 'react';

export interface VirtualListOptions {
  /** Space between items (px) until the list's CSS `row-gap` has been read. */
  gap: number;
  /** Items rendered beyond each edge of what is visible, so that scrolling shows no blank. */
  overscan: number;
  /** Size (px) assumed for an item not measured yet. */
  estimate: number;
}

export interface VirtualList {
  /** The items to render: `[start, end)` of the keys. */
  start: number;
  end: number;
  /** Room (px) standing in for the items not rendered above and below. */
  padTop: number;
  padBottom: number;
  /** Scrolls so that the item of `key` comes on screen; true when it is in the list. */
  scrollToKey: (key: string) => boolean;
  /** Given to each rendered item (with its index as `data-index`), so its real size replaces the estimate. */
  measure: (element: Element | null) => void;
  /**
   * Whether what scrolls the list (its panel, or the page) has been found: a scroll asked for
   * before then would move the wrong one.
   */
  ready: boolean;
}

/** The nearest ancestor that scrolls on its own, or null when the page itself scrolls. */
function scrollerOf(element: HTMLElement): HTMLElement | null {
  for (let node = element.parentElement; node && node !== document.body; node = node.parentElement) {
    const overflow = getComputedStyle(node).overflowY;
    if ((overflow === 'auto' || overflow === 'scroll') && node.scrollHeight > node.clientHeight) return node;
  }
  return null;
}

/** Where the list starts in what scrolls it (px from the top of the scrolled content). */
function listOffset(list: HTMLElement, scroller: HTMLElement | null): number {
  const top = list.getBoundingClientRect().top;
  return scroller ? top - scroller.getBoundingClientRect().top + scroller.scrollTop : top + window.scrollY;
}

/** A box that measures 0 (not laid out yet, or jsdom) keeps the estimate instead. */
function measureOr(estimate: number) {
  return (element: Element, entry: ResizeObserverEntry | undefined, instance: Parameters<typeof measureByBox>[2]) => {
    const size = measureByBox(element, entry, instance);
    return size > 0 ? size : estimate;
  };
}

/**
 * Renders only the part of a long list near the screen, with @tanstack/react-virtual: the list
 * scrolls in its panel on a wide screen and with the page on a narrow one, so both of its
 * virtualizers are set up and the one for what scrolls is enabled. Measurement, scroll-to-index
 * and keeping the reader's place when sizes above change are the library's. With 10,000
 * annotations the panel keeps a few dozen cards in the DOM instead of 200,000 nodes.
 */
export function useVirtualList(keys: readonly string[], listRef: RefObject<HTMLElement | null>, options: VirtualListOptions): VirtualList {
  const { overscan, estimate } = options;
  const [gap, setGap] = useState(options.gap);
  const [scroller, setScroller] = useState<HTMLElement | null>(null);
  const [margin, setMargin] = useState(0);
  const [ready, setReady] = useState(false);

  const shared = {
    count: keys.length,
    estimateSize: () => estimate,
    getItemKey: (index: number) => keys[index] ?? index,
    gap,
    overscan,
    scrollMargin: margin,
    measureElement: measureOr(estimate),
  };
  // The compiler cannot memoise around the virtualizers (their functions change underneath): it
  // leaves this hook as written, which is what it needs.
  // eslint-disable-next-line react-hooks/incompatible-library
  const inPanel = useVirtualizer<HTMLElement, Element>({ ...shared, getScrollElement: () => scroller, enabled: scroller !== null });
  const inPage = useWindowVirtualizer<Element>({ ...shared, enabled: scroller === null });
  const virtualizer = scroller ? inPanel : inPage;

  // What scrolls the list, the gap as laid out (it is set in rem) and where the list starts,
  // read after each render: filters and notices above the list move it.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- after every render, on purpose; it sets state only on a change
  useLayoutEffect(() => {
    const list = listRef.current;
    if (!list) return;
    const found = scrollerOf(list);
    if (found !== scroller) setScroller(found);
    const laidOut = parseFloat(getComputedStyle(list).rowGap);
    if (Number.isFinite(laidOut) && laidOut !== gap) setGap(laidOut);
    const offset = listOffset(list, found);
    if (Math.abs(offset - margin) >= 1) setMargin(offset);
    if (!ready) setReady(true);
  });

  const scrollToKey = useCallback(
    (key: string) => {
      const index = keys.indexOf(key);
      if (index < 0 || !listRef.current) return false;
      virtualizer.scrollToIndex(index, { align: 'center' });
      return true;
    },
    [keys, listRef, virtualizer],
  );

  const items = virtualizer.getVirtualItems();
  const first = items[0];
  const last = items[items.length - 1];
  if (!first || !last) return { start: 0, end: 0, padTop: 0, padBottom: virtualizer.getTotalSize(), scrollToKey, measure: virtualizer.measureElement, ready };
  return {
    start: first.index,
    end: last.index + 1,
    padTop: first.start - margin,
    padBottom: Math.max(0, virtualizer.getTotalSize() - (last.end - margin)),
    scrollToKey,
    measure: virtualizer.measureElement,
    ready,
  };
}
