import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import { rangeFor, slotOffsets } from './window-range';

export interface WindowedListOptions {
  /** Up to this many items every item is rendered (find-in-page and screen readers see them all). */
  threshold: number;
  /** Space between items (px) until the list's CSS `row-gap` has been read. */
  gap: number;
  /** Extra pixels rendered above and below what is visible, so that scrolling shows no blank. */
  overscan: number;
  /** Size (px) assumed for an item not measured yet. */
  estimate: number;
  /** The attribute that carries each rendered item's key (its real size replaces the estimate). */
  keyAttribute: string;
}

export interface WindowedList {
  /** False while the whole list is rendered. */
  windowed: boolean;
  /** The items to render: `[start, end)` of the keys. */
  start: number;
  end: number;
  /** Room (px) standing in for the items not rendered above and below. */
  padTop: number;
  padBottom: number;
  /** Scrolls (instantly) so that the item of `key` is about on screen; true when it is in the list. */
  scrollToKey: (key: string) => boolean;
}

/** The nearest ancestor that scrolls on its own, or null when the page itself scrolls. */
function scrollerOf(element: HTMLElement): HTMLElement | null {
  for (let node = element.parentElement; node && node !== document.body; node = node.parentElement) {
    const overflow = getComputedStyle(node).overflowY;
    if ((overflow === 'auto' || overflow === 'scroll') && node.scrollHeight > node.clientHeight) return node;
  }
  return null;
}

/** What of the list is on screen, in the list's own coordinates (its padding box starts at 0), and the list's top on screen. */
function visibleBand(list: HTMLElement, scroller: HTMLElement | null): { top: number; bottom: number; listTop: number } {
  const box = list.getBoundingClientRect();
  let top = 0;
  let bottom = window.innerHeight;
  if (scroller) {
    const clip = scroller.getBoundingClientRect();
    top = Math.max(top, clip.top);
    bottom = Math.min(bottom, clip.bottom);
  }
  return { top: top - box.top, bottom: bottom - box.top, listTop: box.top };
}

/** Scrolls whatever the list scrolls in by `by` px. */
function scrollBy(scroller: HTMLElement | null, by: number): void {
  if (scroller) scroller.scrollTop += by;
  else window.scrollBy(0, by);
}

/**
 * Renders only the part of a long list near the screen (whether the list scrolls in its own box
 * or with the page), measuring items as they appear so that the scroll height stays true. With
 * 10,000 annotations the panel keeps a few dozen cards in the DOM instead of 200,000 nodes.
 */
export function useWindowedList(keys: readonly string[], listRef: RefObject<HTMLElement | null>, options: WindowedListOptions): WindowedList {
  const { threshold, overscan, estimate, keyAttribute } = options;
  const [gap, setGap] = useState(options.gap);
  const windowed = keys.length > threshold;
  const sizes = useRef(new Map<string, number>());
  const [sizesVersion, setSizesVersion] = useState(0);

  // An item not measured yet counts as `estimate`. (Not the measured ones' mean: that would move
  // every unmeasured item above the screen each time one is measured.)
  const offsets = useMemo(
    () => (windowed ? slotOffsets(keys.length, (i) => sizes.current.get(keys[i] as string) ?? estimate, gap) : new Float64Array(0)),
    // sizesVersion: the sizes map changed in place.
    [windowed, keys, gap, estimate, sizesVersion], // eslint-disable-line react-hooks/exhaustive-deps
  );

  // What the list scrolls in: its panel on a wide screen, the page on a narrow one. Found once
  // per layout (resize), not on every scroll: finding it reads the style of each ancestor.
  const scroller = useRef<HTMLElement | null>(null);
  const findScroller = useCallback(() => {
    if (listRef.current) scroller.current = scrollerOf(listRef.current);
  }, [listRef]);

  const [range, setRange] = useState({ start: 0, end: 0 });
  // The first item on screen and where it was: when sizes above it change (measured at last),
  // the list scrolls by as much, so what the reader looks at stays put. The browser's own scroll
  // anchoring cannot do it: it stands down when an ancestor's padding changes, as ours does.
  const anchor = useRef<{ key: string; top: number } | null>(null);
  /** Holds the first item below `viewTop` (px on screen) as the anchor. */
  const captureAnchor = useCallback(
    (list: HTMLElement, viewTop: number) => {
      for (const child of Array.from(list.children)) {
        const box = child.getBoundingClientRect();
        const key = child.getAttribute(keyAttribute);
        if (key === null || box.bottom <= viewTop) continue;
        anchor.current = { key, top: box.top };
        return;
      }
      anchor.current = null;
    },
    [keyAttribute],
  );

  const update = useCallback(() => {
    const list = listRef.current;
    if (!list || !windowed) return;
    const band = visibleBand(list, scroller.current);
    const next = rangeFor(offsets, band.top, band.bottom, overscan);
    setRange((current) => (current.start === next.start && current.end === next.end ? current : next));
    captureAnchor(list, band.listTop + band.top);
  }, [listRef, windowed, offsets, overscan, captureAnchor]);

  // The gap in px as laid out (it is set in rem, and the reader may have a larger font).
  useLayoutEffect(() => {
    const list = listRef.current;
    if (!windowed || !list) return;
    findScroller();
    const laidOut = parseFloat(getComputedStyle(list).rowGap);
    if (Number.isFinite(laidOut)) setGap(laidOut);
  }, [windowed, listRef, findScroller]);

  // After the slots moved (sizes measured, items added or removed), put the anchor back; before
  // the range is worked out again below, so that it is worked out from where the reader is.
  useLayoutEffect(() => {
    const list = listRef.current;
    const held = anchor.current;
    if (!list || !windowed || !held) return;
    const element = Array.from(list.children).find((child) => child.getAttribute(keyAttribute) === held.key);
    if (!element) return;
    const by = element.getBoundingClientRect().top - held.top;
    if (Math.abs(by) >= 0.5) scrollBy(scroller.current, by);
  }, [offsets]); // eslint-disable-line react-hooks/exhaustive-deps -- only a move of the slots calls for it

  // Before paint, so that a change of the list never shows a blank band.
  useLayoutEffect(update, [update]);
  useEffect(() => {
    if (!windowed) return;
    let frame = 0;
    const onResize = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        findScroller();
        update();
      });
    };
    // Scroll events come once per frame, before it is painted: the new range is rendered at
    // once (flushSync), not in a later task, so a fast scroll does not paint a blank band first.
    const onScroll = () => {
      cancelAnimationFrame(frame);
      flushSync(update);
    };
    // Capture: scroll events do not bubble, and the list may scroll in any ancestor.
    document.addEventListener('scroll', onScroll, { capture: true, passive: true });
    window.addEventListener('resize', onResize);
    return () => {
      cancelAnimationFrame(frame);
      document.removeEventListener('scroll', onScroll, { capture: true });
      window.removeEventListener('resize', onResize);
    };
  }, [windowed, update, findScroller]);

  // Every rendered item is observed (found by `keyAttribute` among the list's children, after
  // each render); a changed size re-lays the slots, once per frame.
  const observed = useRef(new Map<Element, string>());
  const observer = useRef<ResizeObserver | null>(null);
  useLayoutEffect(() => {
    const list = listRef.current;
    if (!windowed || !list || typeof ResizeObserver === 'undefined') return;
    let frame = 0;
    const seen = new ResizeObserver((entries) => {
      let changed = false;
      for (const entry of entries) {
        const key = observed.current.get(entry.target);
        const size = entry.borderBoxSize?.[0]?.blockSize ?? entry.contentRect.height;
        if (key === undefined || size <= 0 || sizes.current.get(key) === size) continue;
        sizes.current.set(key, size);
        changed = true;
      }
      if (!changed) return;
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => setSizesVersion((v) => v + 1));
    });
    observer.current = seen;
    const watched = observed.current;
    return () => {
      cancelAnimationFrame(frame);
      seen.disconnect();
      watched.clear();
      observer.current = null;
    };
  }, [windowed, listRef]);
  useLayoutEffect(() => {
    const list = listRef.current;
    const seen = observer.current;
    if (!list || !seen) return;
    const now = new Set<Element>();
    for (const child of Array.from(list.children)) {
      const key = child.getAttribute(keyAttribute);
      if (key === null) continue;
      now.add(child);
      if (observed.current.get(child) === key) continue;
      observed.current.set(child, key);
      seen.observe(child);
    }
    for (const element of observed.current.keys()) {
      if (now.has(element)) continue;
      seen.unobserve(element);
      observed.current.delete(element);
    }
  });

  const scrollToKey = useCallback(
    (key: string) => {
      // Looked up when asked (a click, a key), rather than indexing 10,000 keys on every save.
      const index = keys.indexOf(key);
      const list = listRef.current;
      if (index < 0 || !list) return false;
      if (!windowed) return true;
      const band = visibleBand(list, scroller.current);
      const top = offsets[index] as number;
      const bottom = offsets[index + 1] as number;
      if (top >= band.top && bottom <= band.bottom) return true;
      // A third of the way down the visible band, so that it has context above it.
      scrollBy(scroller.current, top - band.top - (band.bottom - band.top) / 3);
      update();
      // Held where it was scrolled to, while the items around it are measured.
      anchor.current = { key, top: list.getBoundingClientRect().top + top };
      return true;
    },
    [keys, listRef, windowed, offsets, update],
  );

  if (!windowed) return { windowed, start: 0, end: keys.length, padTop: 0, padBottom: 0, scrollToKey };
  const count = keys.length;
  const start = Math.min(range.start, count);
  const end = Math.min(Math.max(range.end, start), count);
  const total = offsets[count] as number;
  // The gap after the last rendered item is the list's own gap; the padding holds the rest.
  return {
    windowed,
    start,
    end,
    padTop: offsets[start] as number,
    padBottom: end < count ? total - (offsets[end] as number) : 0,
    scrollToKey,
  };
}

