import type { ArticleDraft } from '../../core/library/article-draft';
import type { TextSource } from '../../core/library/parse-text';
import type { ParseResult } from '../../core/model/parse-article';
import type { ParseRequest } from './parse-worker';
import { runInWorker } from './run-in-worker';

type DraftResult = ParseResult<ArticleDraft>;

/**
 * Parses a text into a draft article in a Web Worker (one per parse, ended when done or when
 * `signal` aborts). Where workers are unavailable it parses on the main thread after yielding
 * once. Resolves to the parse result; rejects only with the abort reason.
 */
export function parseTextOffMainThread(source: TextSource, signal?: AbortSignal): Promise<DraftResult> {
  return runInWorker<ParseRequest, DraftResult>({
    start: () => new Worker(new URL('./parse-worker.ts', import.meta.url), { type: 'module', name: 'marginalia-parse' }),
    request: { source },
    signal,
    here: async () => {
      const { parseTextSource } = await import('../../core/library/parse-text');
      signal?.throwIfAborted();
      return parseTextSource(source);
    },
  });
}
