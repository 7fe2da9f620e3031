import { useMemo } from 'react';
import { joinGaps, publishingGaps } from '../../core/exchange/publishing-gaps';
import type { Annotation } from '../../core/model/annotation';
import type { Article } from '../../core/model/article';
import { usePublisher, useReportUrl } from '../../state/publishing';
import { useServices } from '../../state/services';
import type { ExportFormat } from './ExportMenu';
import { downloadFile } from './download';
import type { ExportFormatId } from './export-files';

/** The menu's formats, in its order; the names are UI-CONTRACT.md's. */
const FORMATS: ReadonlyArray<{ id: ExportFormatId; label: string; needsPublishing?: true; carriesClaimReview?: true }> = [
  { id: 'w3c', label: 'W3C JSON-LD' },
  { id: 'markdown', label: 'Markdown' },
  { id: 'claim-review', label: 'ClaimReview JSON-LD', needsPublishing: true },
  { id: 'claim-review-markup', label: 'ClaimReview for Fact Check Tools', needsPublishing: true },
  { id: 'csv', label: 'CSV' },
  { id: 'html', label: 'HTML report', carriesClaimReview: true },
];

/** The builders (and the note renderer, papaparse and the ClaimReview mapping) load when the Export menu opens, not with the page. */
const loadBuilders = () => import('./export-files');

/**
 * The export formats offered for an article, each downloading a file named after it. The two
 * ClaimReview formats say what they still need (a rated claim, the publisher, the report's
 * address) and refuse until they have it; the HTML report carries ClaimReview once they do.
 */
export function useExportFormats(article: Article, annotations: readonly Annotation[]): ExportFormat[] {
  const { now } = useServices();
  const publisher = usePublisher().data ?? null;
  const reportUrl = useReportUrl(article.id).data ?? null;
  return useMemo(() => {
    const gaps = publishingGaps(annotations, publisher, reportUrl);
    const unavailable = gaps.length > 0 ? `Needs ${joinGaps(gaps)}.` : undefined;
    // The report still exports without the markup, and says so beside it.
    const withoutMarkup = gaps.length > 0 ? `Without ClaimReview markup until it has ${joinGaps(gaps)}.` : undefined;
    return FORMATS.map(({ id, label, needsPublishing, carriesClaimReview }) => ({
      id,
      label,
      unavailable: needsPublishing ? unavailable : undefined,
      note: carriesClaimReview ? withoutMarkup : undefined,
      prepare: loadBuilders,
      run: async () => {
        const { exportFile } = await loadBuilders();
        const file = exportFile(id, { article, annotations, now: now(), publisher, reportUrl });
        downloadFile(file.name, file.parts, file.type);
      },
    }));
  }, [article, annotations, now, publisher, reportUrl]);
}
