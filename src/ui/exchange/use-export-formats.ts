import { useMemo } from 'react';
import type { Annotation } from '../../core/model/annotation';
import { articleSlug, type Article } from '../../core/model/article';
import { serializeW3CCollection } from '../../core/exchange/w3c';
import { toClaimReviewDocument } from '../../core/exchange/claim-review';
import { toMarkdownReport } from '../../core/exchange/markdown';
import { useServices } from '../../state/services';
import type { ExportFormat } from './ExportMenu';
import { downloadFile } from './download';

/**
 * The export formats offered for an article, each downloading a file named after it. ClaimReview
 * refuses (with a message saying what to do) when no claim carries a verdict it can publish.
 */
export function useExportFormats(article: Article, annotations: readonly Annotation[]): ExportFormat[] {
  const { now } = useServices();
  return useMemo(() => {
    const slug = articleSlug(article);
    return [
      {
        id: 'w3c',
        label: 'W3C JSON-LD',
        run: () => downloadFile(`${slug}.annotations.jsonld`, serializeW3CCollection(article, annotations, now()), 'application/ld+json'),
      },
      {
        id: 'markdown',
        label: 'Markdown',
        run: () => downloadFile(`${slug}.fact-check.md`, toMarkdownReport(article, annotations, now()), 'text/markdown;charset=utf-8'),
      },
      {
        id: 'claim-review',
        label: 'ClaimReview JSON-LD',
        run: () => {
          const doc = toClaimReviewDocument(article, annotations, { now: now() });
          if (doc['@graph'].length === 0) {
            throw new Error('no claim is rated yet. ClaimReview carries claims rated Accurate to False, or Unverified: fact-check a claim first.');
          }
          downloadFile(`${slug}.claimreview.jsonld`, `${JSON.stringify(doc, null, 2)}\n`, 'application/ld+json');
        },
      },
    ];
  }, [article, annotations, now]);
}
