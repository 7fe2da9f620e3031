import { useEffect, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { Anchor } from '../../core/anchoring/anchor';
import type { Annotation } from '../../core/model/annotation';
import { shortenText } from '../../core/model/claim';
import { verdictById, type Verdict } from '../../core/model/fact-check';
import type { DomTextMap } from './dom-offsets';
import './margin-map.css';

/** Size of a mark (px), and the least room between two marks so that each stays a target of its own. */
const MARK = 18;
const GAP = 3;
/** Track height assumed before it is measured (and where there is no layout, as in jsdom). */
const FALLBACK_TRACK = 600;

interface MarginMapProps {
  annotations: readonly Annotation[];
  anchors: ReadonlyMap<string, Anchor>;
  textLength: number;
  activeId: string | null;
  onActivate: (annotation: Annotation) => void;
  /** The rendered article's text map: with it, marks follow the laid-out page and the part on screen is shown. */
  textMap?: RefObject<DomTextMap | null>;
}

/** Where things lie on the laid-out page, as fractions of the article's height. */
interface Geometry {
  marks: ReadonlyMap<string, number>;
  /** The part of the article on screen. */
  view: { top: number; bottom: number };
}

const clamp01 = (n: number) => Math.min(1, Math.max(0, n));

/**
 * Measures the marks' passages and the viewport against the article's box; null where there is
 * no layout to measure (before the first paint, or in jsdom), and the text offsets stand in.
 */
function measure(map: DomTextMap | null | undefined, marks: readonly Mark[], anchors: ReadonlyMap<string, Anchor>): Geometry | null {
  if (!map) return null;
  const box = map.root.getBoundingClientRect();
  if (box.height <= 0) return null;
  const at = new Map<string, number>();
  for (const mark of marks) {
    const anchor = anchors.get(mark.annotation.id);
    // Estimated from the block's box: measuring thousands of Ranges would lay out every block
    // that content-visibility skips, and leave thousands of live Ranges slowing each DOM change.
    const top = anchor && anchor.status !== 'orphaned' ? map.topOf(anchor.start) : null;
    if (top !== null) at.set(mark.annotation.id, clamp01((top - box.top) / box.height));
  }
  return { marks: at, view: { top: clamp01(-box.top / box.height), bottom: clamp01((window.innerHeight - box.top) / box.height) } };
}

interface Mark {
  annotation: Annotation;
  verdict: Verdict;
  /** Where the claim starts, as a fraction of the text. */
  at: number;
}

/**
 * Top offsets (px) for marks wanted at `fractions` (ascending) of a track `track` px high: each
 * as near its place as it can be while no two overlap, all inside the track.
 */
export function spreadMarks(fractions: readonly number[], track: number, size = MARK, gap = GAP): number[] {
  const room = Math.max(0, track - size);
  const tops = fractions.map((f) => Math.min(room, Math.max(0, f * room)));
  for (let i = 1; i < tops.length; i++) tops[i] = Math.max(tops[i] as number, (tops[i - 1] as number) + size + gap);
  // Pushed past the end: walk back up, keeping the spacing.
  for (let i = tops.length - 1; i >= 0; i--) {
    const limit = i === tops.length - 1 ? room : (tops[i + 1] as number) - size - gap;
    tops[i] = Math.max(0, Math.min(tops[i] as number, limit));
  }
  return tops;
}

/**
 * A thin strip beside the article with a mark per fact-check at its place in the text, in its
 * verdict's colour and glyph. A mark activates its claim and scrolls to it. One tab stop: the
 * arrow keys, Home and End move between marks.
 */
export function MarginMap({ annotations, anchors, textLength, activeId, onActivate, textMap }: MarginMapProps) {
  const marks = useMemo(() => {
    const out: Mark[] = [];
    for (const annotation of annotations) {
      const verdict = annotation.verdict ? verdictById(annotation.verdict) : undefined;
      const anchor = anchors.get(annotation.id);
      if (!verdict || !anchor || anchor.status === 'orphaned' || textLength <= 0) continue;
      out.push({ annotation, verdict, at: anchor.start / textLength });
    }
    return out.sort((a, b) => a.at - b.at);
  }, [annotations, anchors, textLength]);

  const hasMarks = marks.length > 0;
  const trackRef = useRef<HTMLDivElement>(null);
  const [track, setTrack] = useState(FALLBACK_TRACK);
  useLayoutEffect(() => {
    const el = trackRef.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const measure = () => setTrack(el.clientHeight || FALLBACK_TRACK);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [hasMarks]);

  // Follow the page: re-measure when the article's box changes (fonts, width) and on scroll.
  const [geometry, setGeometry] = useState<Geometry | null>(null);
  useLayoutEffect(() => {
    if (!hasMarks) return;
    let frame = 0;
    const update = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => setGeometry(measure(textMap?.current, marks, anchors)));
    };
    setGeometry(measure(textMap?.current, marks, anchors));
    window.addEventListener('scroll', update, { passive: true });
    window.addEventListener('resize', update);
    const root = textMap?.current?.root;
    const observer = root && typeof ResizeObserver !== 'undefined' ? new ResizeObserver(update) : null;
    if (root) observer?.observe(root);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', update);
      window.removeEventListener('resize', update);
      observer?.disconnect();
    };
  }, [hasMarks, marks, anchors, textMap]);
  const tops = useMemo(() => spreadMarks(marks.map((m) => geometry?.marks.get(m.annotation.id) ?? m.at), track), [marks, track, geometry]);

  const [focusId, setFocusId] = useState<string | null>(null);
  const tabbable = marks.find((m) => m.annotation.id === (focusId ?? activeId))?.annotation.id ?? marks[0]?.annotation.id;
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  useEffect(() => {
    if (focusId) buttons.current.get(focusId)?.focus();
  }, [focusId]);

  if (!hasMarks) return null;

  const onKeyDown = (event: React.KeyboardEvent, index: number) => {
    const next = { ArrowDown: index + 1, ArrowRight: index + 1, ArrowUp: index - 1, ArrowLeft: index - 1, Home: 0, End: marks.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const mark = marks[Math.max(0, Math.min(marks.length - 1, next))];
    if (mark) setFocusId(mark.annotation.id);
  };

  return (
    <nav className="margin-map" aria-label="Fact-check map">
      <div ref={trackRef} className="margin-map-track">
        {geometry && (
          <div
            className="margin-map-view"
            aria-hidden="true"
            style={{ top: `${geometry.view.top * (track - MARK) + MARK / 2}px`, height: `${Math.max(4, (geometry.view.bottom - geometry.view.top) * (track - MARK))}px` }}
          />
        )}
        <ol className="margin-map-list">
          {marks.map((mark, i) => {
            const label = `${mark.verdict.label}: “${shortenText(mark.annotation.target.quote.exact, 60)}”`;
            const active = mark.annotation.id === activeId;
            return (
              <li key={mark.annotation.id} className="margin-map-item" style={{ top: `${tops[i]}px` }}>
                <button
                  ref={(el) => {
                    if (el) buttons.current.set(mark.annotation.id, el);
                    else buttons.current.delete(mark.annotation.id);
                  }}
                  type="button"
                  className={`margin-mark verdict-${mark.verdict.id}${active ? ' margin-mark-active' : ''}`}
                  aria-label={label}
                  aria-current={active ? 'true' : undefined}
                  title={label}
                  tabIndex={mark.annotation.id === tabbable ? 0 : -1}
                  onKeyDown={(e) => onKeyDown(e, i)}
                  onFocus={() => setFocusId(mark.annotation.id)}
                  onClick={() => onActivate(mark.annotation)}
                >
                  <span aria-hidden="true">{mark.verdict.glyph}</span>
                </button>
              </li>
            );
          })}
        </ol>
      </div>
    </nav>
  );
}
