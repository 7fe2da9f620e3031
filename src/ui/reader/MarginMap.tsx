import { memo, useEffect, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { isPlaced, type Anchor } from '../../core/anchoring/anchor';
import type { Annotation } from '../../core/model/annotation';
import { shortenText } from '../../core/model/claim';
import { verdictById, type Verdict } from '../../core/model/fact-check';
import type { DomTextMap } from './dom-offsets';
import { groupMarks, MARK, type MarkGroup } from './margin-layout';
import './margin-map.css';

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


interface Mark {
  annotation: Annotation;
  verdict: Verdict;
  /** Where the claim starts in the text, and as a fraction of it. */
  start: number;
  at: number;
}

/** Up to this many marks, each is placed by measuring its passage's first line; beyond, estimated from the blocks. */
const MEASURED_MARKS = 300;

/**
 * Where the marks' passages lie on the laid-out page, in px from the top of the strip (which
 * runs the article column's height); null where there is no layout to measure (before the
 * first paint, or in jsdom), and the text offsets stand in. Measured when the marks or the
 * layout change, never on scroll.
 */
function placeMarks(map: DomTextMap | null | undefined, track: HTMLElement | null, marks: readonly Mark[]): number[] | null {
  if (!map || !track) return null;
  const origin = track.getBoundingClientRect();
  if (origin.height <= 0) return null;
  const lineTop = (start: number): number | null => {
    const rect = map.toRange({ start, end: start + 1 })?.getBoundingClientRect();
    return rect && rect.height > 0 ? rect.top + (rect.height - MARK) / 2 : null;
  };
  // Past a few hundred, estimated from the blocks' boxes: measuring thousands of Ranges would lay
  // out every block that content-visibility skips, and leave thousands of live Ranges behind.
  const tops = marks.length <= MEASURED_MARKS ? marks.map((m) => lineTop(m.start)) : map.topsOf(marks.map((m) => m.start));
  return tops.map((top, i) => (top === null ? (marks[i] as Mark).at * origin.height : top - origin.top));
}

/** True when two lists hold the same marks (same annotations, verdicts and places). */
function sameMarks(a: readonly Mark[], b: readonly Mark[]): boolean {
  return a.length === b.length && a.every((m, i) => m.annotation === b[i]?.annotation && m.start === b[i]?.start);
}

/**
 * A mark per fact-check in the article's left margin, beside the line its claim starts on, in
 * its verdict's colour and glyph: it scrolls with the text, so a mark is always beside its own
 * passage. Claims too close together to show apart share one mark, which counts them. A mark
 * activates its (first) claim. One tab stop: the arrow keys, Home and End move between marks.
 */
export function MarginMap({ annotations, anchors, textLength, activeId, onActivate, textMap }: MarginMapProps) {
  // The same list (so no re-render of the strip) when a save changed no fact-check.
  const previous = useRef<Mark[]>([]);
  const marks = useMemo(() => {
    const out: Mark[] = [];
    for (const annotation of annotations) {
      const verdict = annotation.verdict ? verdictById(annotation.verdict) : undefined;
      const anchor = anchors.get(annotation.id);
      if (!verdict || !isPlaced(anchor) || textLength <= 0) continue;
      out.push({ annotation, verdict, start: anchor.start, at: anchor.start / textLength });
    }
    out.sort((a, b) => a.start - b.start);
    return sameMarks(out, previous.current) ? previous.current : out;
  }, [annotations, anchors, textLength]);
  useEffect(() => {
    previous.current = marks;
  }, [marks]);
  if (marks.length === 0) return null;
  return <MarginMapStrip marks={marks} activeId={activeId} onActivate={onActivate} textMap={textMap} />;
}

interface MarginMapStripProps {
  marks: readonly Mark[];
  activeId: string | null;
  onActivate: (annotation: Annotation) => void;
  textMap?: RefObject<DomTextMap | null>;
}

const MarginMapStrip = memo(function MarginMapStrip({ marks, activeId, onActivate, textMap }: MarginMapStripProps) {
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
  }, []);

  // The marks' places follow the article's layout (fonts, width, images arriving).
  const [layoutVersion, setLayoutVersion] = useState(0);
  useLayoutEffect(() => {
    const onLayout = () => setLayoutVersion((v) => v + 1);
    window.addEventListener('resize', onLayout);
    const root = textMap?.current?.root;
    const observer = root && typeof ResizeObserver !== 'undefined' ? new ResizeObserver(onLayout) : null;
    if (root) observer?.observe(root);
    return () => {
      window.removeEventListener('resize', onLayout);
      observer?.disconnect();
    };
  }, [textMap]);
  const places = useMemo(
    () => {
      const room = Math.max(1, track - MARK);
      const px = placeMarks(textMap?.current, trackRef.current, marks);
      return px ? px.map((top) => top / room) : marks.map((m) => m.at);
    },
    [marks, textMap, track, layoutVersion], // eslint-disable-line react-hooks/exhaustive-deps -- layoutVersion: the page was laid out anew
  );
  const groups = useMemo(() => groupMarks(places, track), [places, track]);
  // What each mark shows and says, worked out when the marks or their places change, not when
  // the active annotation does (a save makes the new one active: only two marks change then).
  const shown = useMemo(() => groups.map((group) => describeGroup(group, marks)), [groups, marks]);
  const groupById = useMemo(() => {
    const byId = new Map<string, number>();
    groups.forEach((group, g) => {
      for (let i = group.first; i < group.first + group.count; i++) byId.set((marks[i] as Mark).annotation.id, g);
    });
    return byId;
  }, [groups, marks]);

  /** The group holding the mark of annotation `id`, or -1. */
  const groupOf = (id: string | null) => (id === null ? -1 : (groupById.get(id) ?? -1));
  const [focusId, setFocusId] = useState<string | null>(null);
  const activeGroup = groupOf(activeId);
  const focusGroup = groupOf(focusId);
  const tabbable = focusGroup >= 0 ? focusGroup : Math.max(0, activeGroup);
  const buttons = useRef(new Map<number, HTMLButtonElement>());
  // Moves the focus when the arrow keys chose another mark (by id: a re-layout must not pull focus).
  useEffect(() => {
    const button = buttons.current.get(groupOf(focusId));
    if (button && button !== document.activeElement) button.focus();
  }, [focusId]); // eslint-disable-line react-hooks/exhaustive-deps -- only a change of the chosen mark moves focus

  // The marks' handlers stay the same functions across renders (so each memoised mark can skip
  // one); they read the groups of the latest render.
  const latest = useRef({ groups, shown, onActivate });
  useLayoutEffect(() => {
    latest.current = { groups, shown, onActivate };
  });
  const handlers = useMemo<MarkHandlers>(
    () => ({
      keyDown: (event, index) => {
        const { groups: now, shown: described } = latest.current;
        const next = { ArrowDown: index + 1, ArrowRight: index + 1, ArrowUp: index - 1, ArrowLeft: index - 1, Home: 0, End: now.length - 1 }[event.key];
        if (next === undefined) return;
        event.preventDefault();
        const target = described[Math.max(0, Math.min(now.length - 1, next))];
        if (target) setFocusId(target.first.id);
      },
      focus: (index) => {
        const described = latest.current.shown[index];
        if (described) setFocusId(described.first.id);
      },
      activate: (index) => {
        const described = latest.current.shown[index];
        if (described) latest.current.onActivate(described.first);
      },
      register: (index, el) => {
        if (el) buttons.current.set(index, el);
        else buttons.current.delete(index);
      },
    }),
    [],
  );

  return (
    <nav
      className="margin-map"
      aria-label="Fact-check map"
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setFocusId(null);
      }}
    >
      <div ref={trackRef} className="margin-map-track">
        <ol className="margin-map-list">
          {shown.map((described, i) => (
            <MarginMark key={described.first.id} index={i} described={described} active={i === activeGroup} tabbable={i === tabbable} handlers={handlers} />
          ))}
        </ol>
      </div>
    </nav>
  );
});

/** What one mark (one claim, or several too close to show apart) shows and says. */
interface DescribedGroup {
  /** The (first) claim it activates. */
  first: Annotation;
  top: number;
  count: number;
  /** The verdict all its claims share, or null when they differ. */
  verdict: Verdict | null;
  glyph: string;
  label: string;
}

function describeGroup(group: MarkGroup, marks: readonly Mark[]): DescribedGroup {
  const members = marks.slice(group.first, group.first + group.count);
  const first = members[0] as Mark;
  const verdict = members.every((m) => m.verdict.id === first.verdict.id) ? first.verdict : null;
  return { first: first.annotation, top: group.top, count: group.count, verdict, glyph: group.count > 1 ? compactCount(group.count) : first.verdict.glyph, label: groupLabel(members) };
}

interface MarkHandlers {
  keyDown: (event: React.KeyboardEvent, index: number) => void;
  focus: (index: number) => void;
  activate: (index: number) => void;
  register: (index: number, el: HTMLButtonElement | null) => void;
}

interface MarginMarkProps {
  index: number;
  described: DescribedGroup;
  active: boolean;
  tabbable: boolean;
  handlers: MarkHandlers;
}

const MarginMark = memo(function MarginMark({ index, described, active, tabbable, handlers }: MarginMarkProps) {
  const { verdict, count, label } = described;
  return (
    <li className="margin-map-item" style={{ top: `${described.top}px` }}>
      <button
        ref={(el) => handlers.register(index, el)}
        type="button"
        className={`margin-mark${verdict ? ` verdict-${verdict.id}` : ' margin-mark-mixed'}${count > 1 ? ' margin-mark-group' : ''}${active ? ' margin-mark-active' : ''}`}
        aria-label={label}
        aria-current={active ? 'true' : undefined}
        title={label}
        tabIndex={tabbable ? 0 : -1}
        onKeyDown={(e) => handlers.keyDown(e, index)}
        onFocus={() => handlers.focus(index)}
        onClick={() => handlers.activate(index)}
      >
        <span aria-hidden="true">{described.glyph}</span>
      </button>
    </li>
  );
});

/** A mark's name: its verdict and quote, or for several claims their count by verdict and the first quote. */
function groupLabel(members: readonly Mark[]): string {
  const first = members[0] as Mark;
  const quote = `“${shortenText(first.annotation.target.quote.exact, 60)}”`;
  if (members.length === 1) return `${first.verdict.label}: ${quote}`;
  const counts = new Map<string, number>();
  for (const m of members) counts.set(m.verdict.label, (counts.get(m.verdict.label) ?? 0) + 1);
  const byVerdict = [...counts].map(([label, n]) => `${n} ${label}`).join(', ');
  return `${members.length} fact-checks here (${byVerdict}), from ${quote}`;
}

/** A count that fits in a mark: 7, 42, 99+. */
function compactCount(n: number): string {
  return n > 99 ? '99+' : String(n);
}
