import { VERDICTS } from '../../core/model/fact-check';

/** How each underline style reads, in words, for the legend. */
const UNDERLINE_WORDS: Readonly<Record<string, string>> = {
  solid: 'solid underline',
  thin: 'thin underline',
  dotted: 'dotted underline',
  dashed: 'dashed underline',
  wavy: 'wavy underline',
  none: 'no underline',
};

/**
 * The key to the painted passages: each verdict's glyph, a sample of its fill and underline, and
 * the underline in words, so the meaning never rests on colour alone. Folded away until asked for.
 * Rows are not list items: the panel's only list is the annotations themselves.
 */
export function VerdictLegend() {
  return (
    <details className="verdict-legend">
      <summary>Key to the colours and underlines</summary>
      <div className="legend-rows">
        <div className="legend-row">
          <span className="legend-sample legend-highlight">passage</span> Highlight
        </div>
        <div className="legend-row">
          <span className="legend-sample legend-note">passage</span> Note
        </div>
        {VERDICTS.map((v) => (
          <div key={v.id} className={`legend-row verdict-${v.id}`}>
            <span className={`legend-sample legend-underline-${v.underline}`}>passage</span>
            <span className="verdict-glyph" aria-hidden="true">
              {v.glyph}
            </span>
            {v.label}
            <span className="legend-words"> · {UNDERLINE_WORDS[v.underline]}</span>
          </div>
        ))}
      </div>
    </details>
  );
}
