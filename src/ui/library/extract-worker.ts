/**
 * A Web Worker that chooses the article in an HTML page (Readability on linkedom, a DOM written
 * for workers), so that parsing a page of many megabytes never blocks the reader's page, and the
 * page's HTML never reaches the page's own document (so nothing in it is loaded, run or even
 * checked against the Content Security Policy). Started by extract-in-worker.ts.
 */
import { parseHTML } from 'linkedom';
import { normalizeInput } from '../../core/library/normalize-text';
import { asDocument, extractArticle, type Extraction } from './extract-article';
import type { WorkerMessage } from './run-in-worker';

/** What the worker is asked: a page's HTML, and its address when known. */
export interface ExtractRequest {
  html: string;
  address?: string;
  /** The reader chose exactly this HTML (a paste): keep all of it rather than look for the article in it. */
  keepAll?: boolean;
}

/** The worker's answer: the extraction, or why there is none. */
export type ExtractAnswer = { ok: true; value: Extraction } | { ok: false; error: string };

const post = (message: WorkerMessage<ExtractAnswer>) => self.postMessage(message);

self.addEventListener('message', (event: MessageEvent<ExtractRequest>) => {
  try {
    post({ type: 'progress', fraction: 0.05 });
    const { document } = parseHTML(asDocument(normalizeInput(event.data.html)));
    post({ type: 'progress', fraction: 0.45 });
    post({ type: 'done', value: { ok: true, value: extractArticle(document as unknown as Document, event.data.address, event.data.keepAll) } });
  } catch (error) {
    post({ type: 'done', value: { ok: false, error: `The page could not be read (${error instanceof Error ? error.message : String(error)}).` } });
  }
});
