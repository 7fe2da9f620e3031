import { useMemo } from 'react';
import type { Annotation } from '../../core/model/annotation';
import type { Article } from '../../core/model/article';
import { useServices } from '../../state/services';
import type { ExportFormat } from './ExportMenu';
import { downloadFile } from './download';
import type { ExportFormatId } from './export-files';

const FORMATS: ReadonlyArray<{ id: ExportFormatId; label: string }> = [
  { id: 'w3c', label: 'W3C JSON-LD' },
  { id: 'markdown', label: 'Markdown' },
  { id: 'claim-review', label: 'ClaimReview JSON-LD' },
];

/** The builders load when the Export menu opens, not with the page. */
const loadBuilders = () => import('./export-files');

/**
 * The export formats offered for an article, each downloading a file named after it. ClaimReview
 * refuses (with a message saying what to do) when no claim carries a verdict it can publish.
 */
export function useExportFormats(article: Article, annotations: readonly Annotation[]): ExportFormat[] {
  const { now } = useServices();
  return useMemo(
    () =>
      FORMATS.map(({ id, label }) => ({
        id,
        label,
        prepare: loadBuilders,
        run: async () => {
          const { exportFile } = await loadBuilders();
          const file = exportFile(id, article, annotations, now());
          downloadFile(file.name, file.parts, file.type);
        },
      })),
    [article, annotations, now],
  );
}
