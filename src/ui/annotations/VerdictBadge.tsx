import { verdictById, type VerdictId } from '../../core/model/fact-check';

/** A verdict's glyph and label, coloured by verdict; the glyph keeps it legible without colour. */
export function VerdictBadge({ verdict }: { verdict: VerdictId }) {
  const v = verdictById(verdict);
  if (!v) return null;
  return (
    <span className={`verdict-badge verdict-${v.id}`}>
      <span className="verdict-glyph" aria-hidden="true">
        {v.glyph}
      </span>
      {v.label}
    </span>
  );
}
