import { claimReviewReadiness } from '../../core/exchange/claim-review';
import { toClaimReviewMarkupPage } from '../../core/exchange/claim-review-markup';
import { csvRows } from '../../core/exchange/csv-rows';
import { toHtmlReport } from '../../core/exchange/html-report';
import { toMarkdownReport } from '../../core/exchange/markdown';
import { stringifyForHtml } from '../../core/exchange/safe-json';
import { serializeW3CParts } from '../../core/exchange/w3c';
import type { Annotation } from '../../core/model/annotation';
import { articleSlug, type Article } from '../../core/model/article';
import type { PublisherProfile } from '../../core/model/publisher';
import { escapeHtml } from '../../core/exchange/html-report';
import { renderNoteMarkdown } from '../markdown/render-markdown';
import { toCsvText } from './csv-text';

/** The formats Marginalia exports an article to. */
export type ExportFormatId = 'w3c' | 'markdown' | 'claim-review' | 'claim-review-markup' | 'csv' | 'html';

/** A file to download: its name, its text (in pieces, written one after another) and its media type. */
export interface ExportFile {
  name: string;
  parts: readonly string[];
  type: string;
}

/** What every export reads: the article, its annotations, the time, and who publishes where. */
export interface ExportInput {
  article: Article;
  annotations: readonly Annotation[];
  now: Date;
  publisher: PublisherProfile | null;
  /** The checked address the report will be published at, or null. */
  reportUrl: string | null;
}

/** Thrown when ClaimReview lacks what Google requires; its message lists what to give. */
export class NotPublishableError extends Error {
  constructor(readonly missing: readonly string[]) {
    super(`ClaimReview needs ${missing.join('; ')}.`);
    this.name = 'NotPublishableError';
  }
}

/** A note as the app shows it: sanitized HTML, or its text when it is too complex to format. */
function noteHtml(markdown: string): string {
  const rendered = renderNoteMarkdown(markdown);
  return rendered.kind === 'html' ? rendered.html : `<p class="plain-note">${escapeHtml(rendered.text)}</p>`;
}

function readyClaimReview(input: ExportInput) {
  const ready = claimReviewReadiness(input.article, input.annotations, input);
  if (!ready.ok) throw new NotPublishableError(ready.missing);
  return ready.document;
}

/**
 * The file of one export format for an article, named after it. Throws NotPublishableError
 * (listing what is missing) when ClaimReview cannot carry Google's required properties yet. The
 * HTML report embeds the ClaimReview block when it can, and is made without it otherwise.
 * Loaded when the Export menu opens, with all the builders.
 */
export function exportFile(format: ExportFormatId, input: ExportInput): ExportFile {
  const { article, annotations, now } = input;
  const slug = articleSlug(article);
  switch (format) {
    case 'w3c':
      return { name: `${slug}.annotations.jsonld`, parts: serializeW3CParts(article, annotations, now), type: 'application/ld+json' };
    case 'markdown':
      return { name: `${slug}.fact-check.md`, parts: [toMarkdownReport(article, annotations, now, input.publisher)], type: 'text/markdown;charset=utf-8' };
    case 'claim-review':
      return { name: `${slug}.claimreview.jsonld`, parts: [`${stringifyForHtml(readyClaimReview(input), 2)}\n`], type: 'application/ld+json' };
    case 'claim-review-markup': {
      const page = toClaimReviewMarkupPage(readyClaimReview(input), input.reportUrl ?? '', now);
      return { name: `${slug}.claimreview-markup.json`, parts: [`${stringifyForHtml(page, 2)}\n`], type: 'application/json' };
    }
    case 'csv':
      return { name: `${slug}.annotations.csv`, parts: [toCsvText(csvRows(annotations))], type: 'text/csv;charset=utf-8' };
    case 'html': {
      const ready = claimReviewReadiness(article, annotations, input);
      const claimReviewJson = ready.ok ? stringifyForHtml(ready.document, 2) : null;
      const html = toHtmlReport(article, annotations, { now, publisher: input.publisher, renderNote: noteHtml, claimReviewJson });
      return { name: `${slug}.fact-check.html`, parts: [html], type: 'text/html;charset=utf-8' };
    }
  }
}
