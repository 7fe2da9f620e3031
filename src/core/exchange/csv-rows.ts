import type { Annotation, EvidenceSource } from '../model/annotation';
import { verdictById } from '../model/fact-check';
import { exportOrder } from './w3c';

/** The CSV header (UI-CONTRACT.md, “More exports”), one column per field, in this order. */
export const CSV_COLUMNS = ['quote', 'verdict', 'note', 'tags', 'sources', 'claimant', 'author', 'created', 'modified', 'position'] as const;

/** A source as one line of its cell: the address, then its title and stance when given. */
function sourceText(source: EvidenceSource): string {
  const extra = [source.title?.trim(), source.stance].filter(Boolean).join(', ');
  return extra ? `${source.url} (${extra})` : source.url;
}

/**
 * The rows of the CSV export, header first, one row per annotation in document order: the quote,
 * the verdict's label, the note as written (Markdown), tags separated by commas, one source per
 * line, the claimant, the annotation's author, created and modified (ISO UTC), and the position
 * as `start-end` in code points. Quoting and formula escaping are left to the CSV writer.
 */
export function csvRows(annotations: readonly Annotation[]): string[][] {
  const rows: string[][] = [[...CSV_COLUMNS]];
  for (const a of [...annotations].sort(exportOrder)) {
    rows.push([
      a.target.quote.exact,
      a.verdict ? (verdictById(a.verdict)?.label ?? a.verdict) : '',
      a.note,
      a.tags.join(', '),
      a.evidence.map(sourceText).join('\n'),
      a.claim?.claimant ?? '',
      a.author?.name ?? '',
      a.created,
      a.modified,
      `${a.target.position.start}-${a.target.position.end}`,
    ]);
  }
  return rows;
}
