import { toClaimReviewDocument } from '../../core/exchange/claim-review';
import { toMarkdownReport } from '../../core/exchange/markdown';
import { serializeW3CParts } from '../../core/exchange/w3c';
import type { Annotation } from '../../core/model/annotation';
import { articleSlug, type Article } from '../../core/model/article';

/** The formats Marginalia exports to. */
export type ExportFormatId = 'w3c' | 'markdown' | 'claim-review';

/** A file to download: its name, its text (in pieces, written one after another) and its media type. */
export interface ExportFile {
  name: string;
  parts: readonly string[];
  type: string;
}

/**
 * The file of one export format for an article, named after it. Throws (with a message saying
 * what to do) when ClaimReview has no claim carrying a verdict it can publish. Loaded when the
 * Export menu opens, with the three builders.
 */
export function exportFile(format: ExportFormatId, article: Article, annotations: readonly Annotation[], now: Date): ExportFile {
  const slug = articleSlug(article);
  switch (format) {
    case 'w3c':
      return { name: `${slug}.annotations.jsonld`, parts: serializeW3CParts(article, annotations, now), type: 'application/ld+json' };
    case 'markdown':
      return { name: `${slug}.fact-check.md`, parts: [toMarkdownReport(article, annotations, now)], type: 'text/markdown;charset=utf-8' };
    case 'claim-review': {
      const doc = toClaimReviewDocument(article, annotations, { now });
      if (doc['@graph'].length === 0) {
        throw new Error('no claim is rated yet. ClaimReview carries claims rated Accurate to False, or Unverified: fact-check a claim first.');
      }
      return { name: `${slug}.claimreview.jsonld`, parts: [`${JSON.stringify(doc, null, 2)}\n`], type: 'application/ld+json' };
    }
  }
}
