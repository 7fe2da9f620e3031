import type { ArticleDraft } from '../../core/library/article-draft';
import type { TextSource } from '../../core/library/parse-text';
import type { ParseResult } from '../../core/model/parse-article';
import type { ParseRequest } from './parse-worker';

type DraftResult = ParseResult<ArticleDraft>;

/** Set once a worker failed to start (an old browser, a policy), so later parses go straight to the fallback. */
let workersUnavailable = typeof Worker === 'undefined';

/**
 * Parses a text into a draft article in a Web Worker (one per parse, ended when done or when
 * `signal` aborts, e.g. because the reader typed on). Where workers are unavailable it parses
 * on the main thread after yielding once, so the page has painted its "Reading…" state first.
 * Resolves to the parse result; rejects only with the abort reason.
 */
export function parseTextOffMainThread(source: TextSource, signal?: AbortSignal): Promise<DraftResult> {
  if (workersUnavailable) return parseHere(source, signal);
  return new Promise<DraftResult>((resolve, reject) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./parse-worker.ts', import.meta.url), { type: 'module', name: 'marginalia-parse' });
    } catch {
      workersUnavailable = true;
      parseHere(source, signal).then(resolve, reject);
      return;
    }
    const finish = () => {
      worker.terminate();
      signal?.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      finish();
      reject(signal?.reason ?? new DOMException('Aborted', 'AbortError'));
    };
    if (signal?.aborted) return onAbort();
    signal?.addEventListener('abort', onAbort);
    worker.addEventListener('message', (event: MessageEvent<DraftResult>) => {
      finish();
      resolve(event.data);
    });
    worker.addEventListener('error', (event) => {
      // The worker script could not run: parse here instead, and do not try workers again.
      event.preventDefault();
      finish();
      workersUnavailable = true;
      parseHere(source, signal).then(resolve, reject);
    });
    worker.postMessage({ source } satisfies ParseRequest);
  });
}

async function parseHere(source: TextSource, signal?: AbortSignal): Promise<DraftResult> {
  await new Promise((resolve) => setTimeout(resolve, 0));
  signal?.throwIfAborted();
  const { parseTextSource } = await import('../../core/library/parse-text');
  signal?.throwIfAborted();
  return parseTextSource(source);
}
