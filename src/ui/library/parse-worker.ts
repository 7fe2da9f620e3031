/**
 * A Web Worker that parses pasted text and text files into a draft article, off the main thread,
 * so that a text of several megabytes never freezes the page. Started by parse-in-worker.ts.
 */
import type { ArticleDraft } from '../../core/library/article-draft';
import { parseTextSource, type TextSource } from '../../core/library/parse-text';
import type { ParseResult } from '../../core/model/parse-article';
import type { WorkerMessage } from './run-in-worker';

export interface ParseRequest {
  source: TextSource;
}

const answer = (value: ParseResult<ArticleDraft>) => self.postMessage({ type: 'done', value } satisfies WorkerMessage<ParseResult<ArticleDraft>>);

self.addEventListener('message', (event: MessageEvent<ParseRequest>) => {
  try {
    answer(parseTextSource(event.data.source));
  } catch (error) {
    answer({ ok: false, error: `The text could not be read (${error instanceof Error ? error.message : String(error)}).` });
  }
});
