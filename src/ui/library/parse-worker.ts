/**
 * A Web Worker that parses pasted text and text files into a draft article, off the main thread,
 * so that a text of several megabytes never freezes the page. Started by parse-in-worker.ts.
 */
import { parseTextSource, type TextSource } from '../../core/library/parse-text';

export interface ParseRequest {
  source: TextSource;
}

self.addEventListener('message', (event: MessageEvent<ParseRequest>) => {
  try {
    self.postMessage(parseTextSource(event.data.source));
  } catch (error) {
    self.postMessage({ ok: false, error: `The text could not be read (${error instanceof Error ? error.message : String(error)}).` });
  }
});
