import { useLayoutEffect, useRef, useState } from 'react';
import type { VerdictCount } from '../../core/model/scorecard';

const ROW = 30;
/** Width drawn before the box is measured (and where there is no layout, as in jsdom). */
const DEFAULT_WIDTH = 560;
const LABEL_X = 30;
/** Room for the longest label (`Loaded language`) at the chart's type size. */
const BAR_X = 156;
/** Room on the right for the counts, right-aligned in a column of their own. */
const COUNT_COLUMN = 36;

/** The chart's words for a screen reader: every verdict with its count, the empty ones together. */
export function chartSummary(counts: readonly VerdictCount[]): string {
  const rated = counts.filter((c) => c.count > 0).map((c) => `${c.verdict.label} ${c.count}`);
  const none = counts.filter((c) => c.count === 0).map((c) => c.verdict.label);
  return `Claims per verdict: ${rated.join(', ') || 'none'}.${none.length > 0 && rated.length > 0 ? ` None rated ${none.join(', ')}.` : ''}`;
}

/**
 * Claims per verdict as a horizontal bar chart (SVG), one row per verdict of the vocabulary in
 * its order. Each row carries the verdict's glyph and label as well as its colour, so colour is
 * never the only cue; the whole chart is one image with a spoken summary. It is drawn at the
 * width of its box, so its text keeps its size on a phone.
 */
export function VerdictChart({ counts }: { counts: readonly VerdictCount[] }) {
  const box = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(DEFAULT_WIDTH);
  useLayoutEffect(() => {
    const el = box.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const measure = () => setWidth(Math.round(el.clientWidth) || DEFAULT_WIDTH);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  const most = Math.max(1, ...counts.map((c) => c.count));
  const barMax = Math.max(40, width - BAR_X - COUNT_COLUMN);
  return (
    <div ref={box} className="verdict-chart-box">
      <svg className="verdict-chart" width={width} height={counts.length * ROW} viewBox={`0 0 ${width} ${counts.length * ROW}`} role="img" aria-label={chartSummary(counts)}>
        {counts.map(({ verdict, count }, i) => {
          const bar = count === 0 ? 0 : Math.max(6, (count / most) * barMax);
          return (
            <g key={verdict.id} className={`chart-row verdict-${verdict.id}${count === 0 ? ' chart-row-empty' : ''}`} transform={`translate(0 ${i * ROW})`} aria-hidden="true">
              <circle className="chart-glyph-dot" cx={11} cy={ROW / 2} r={10} />
              <text className="chart-glyph" x={11} y={ROW / 2} textAnchor="middle" dominantBaseline="central">
                {verdict.glyph}
              </text>
              <text className="chart-label" x={LABEL_X} y={ROW / 2} dominantBaseline="central">
                {verdict.label}
              </text>
              <rect className="chart-track" x={BAR_X} y={ROW / 2 - 1} width={barMax} height={2} rx={1} />
              {count > 0 && <rect className="chart-bar" x={BAR_X} y={ROW / 2 - 8} width={bar} height={16} rx={3} />}
              <text className="chart-count" x={width - 2} y={ROW / 2} textAnchor="end" dominantBaseline="central">
                {count}
              </text>
            </g>
          );
        })}
      </svg>
    </div>
  );
}
