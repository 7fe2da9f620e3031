import type { VerdictCount } from '../../core/model/scorecard';

const ROW = 30;
const WIDTH = 560;
const LABEL_X = 30;
const BAR_X = 168;
const BAR_MAX = WIDTH - BAR_X - 44;

/** The chart's words for a screen reader: every verdict with its count, the empty ones together. */
export function chartSummary(counts: readonly VerdictCount[]): string {
  const rated = counts.filter((c) => c.count > 0).map((c) => `${c.verdict.label} ${c.count}`);
  const none = counts.filter((c) => c.count === 0).map((c) => c.verdict.label);
  return `Claims per verdict: ${rated.join(', ') || 'none'}.${none.length > 0 && rated.length > 0 ? ` None rated ${none.join(', ')}.` : ''}`;
}

/**
 * Claims per verdict as a horizontal bar chart (SVG), one row per verdict of the vocabulary in
 * its order. Each row carries the verdict's glyph and label as well as its colour, so colour is
 * never the only cue; the whole chart is one image with a spoken summary.
 */
export function VerdictChart({ counts }: { counts: readonly VerdictCount[] }) {
  const most = Math.max(1, ...counts.map((c) => c.count));
  const height = counts.length * ROW;
  return (
    <svg className="verdict-chart" viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={chartSummary(counts)} preserveAspectRatio="xMinYMin meet">
      {counts.map(({ verdict, count }, i) => {
        const y = i * ROW;
        const width = count === 0 ? 0 : Math.max(6, (count / most) * BAR_MAX);
        return (
          <g key={verdict.id} className={`chart-row verdict-${verdict.id}${count === 0 ? ' chart-row-empty' : ''}`} transform={`translate(0 ${y})`} aria-hidden="true">
            <circle className="chart-glyph-dot" cx={11} cy={ROW / 2} r={10} />
            <text className="chart-glyph" x={11} y={ROW / 2} textAnchor="middle" dominantBaseline="central">
              {verdict.glyph}
            </text>
            <text className="chart-label" x={LABEL_X} y={ROW / 2} dominantBaseline="central">
              {verdict.label}
            </text>
            <rect className="chart-track" x={BAR_X} y={ROW / 2 - 1} width={BAR_MAX} height={2} rx={1} />
            {count > 0 && <rect className="chart-bar" x={BAR_X} y={ROW / 2 - 8} width={width} height={16} rx={3} />}
            <text className="chart-count" x={BAR_X + width + 8} y={ROW / 2} dominantBaseline="central">
              {count}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
