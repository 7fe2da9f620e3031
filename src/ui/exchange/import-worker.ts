/**
 * A Web Worker that reads an import file (JSON parse, the schema checks, the mapping to our
 * annotations), so that a file of 100,000 annotations never freezes the page while it is read.
 * Started by use-import.ts; the preview is planned on the page, against what is stored.
 */
import { parseImportText } from '../../core/exchange/parse-import';
import type { WorkerMessage } from '../library/run-in-worker';

/** What the worker is asked: the file's text, and the time imported notes without dates get. */
export interface ImportParseRequest {
  text: string;
  /** ISO time. */
  now: string;
}

export type ImportParseAnswer = ReturnType<typeof parseImportText>;

const post = (message: WorkerMessage<ImportParseAnswer>) => self.postMessage(message);

self.addEventListener('message', (event: MessageEvent<ImportParseRequest>) => {
  try {
    post({ type: 'done', value: parseImportText(event.data.text, { now: new Date(event.data.now) }) });
  } catch (error) {
    post({ type: 'done', value: { ok: false, error: `The file could not be read (${error instanceof Error ? error.message : String(error)}).` } });
  }
});
