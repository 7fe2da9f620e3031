/** What our workers post: progress (0 to 1) while they work, then their answer once. */
export type WorkerMessage<T> = { type: 'progress'; fraction: number } | { type: 'done'; value: T };

/** Set once a worker failed to start (an old browser, a policy), so later jobs go straight to the fallback. */
let workersUnavailable = typeof Worker === 'undefined';

interface WorkerJob<Req, Res> {
  /** Starts the worker (a `new Worker(new URL(...))` written where Vite can see it). */
  start: () => Worker;
  request: Req;
  /** Does the same job on this thread, where workers are unavailable. */
  here: () => Promise<Res>;
  signal?: AbortSignal | undefined;
  onProgress?: ((fraction: number) => void) | undefined;
}

/**
 * Runs one job in a Web Worker of its own, ended when done or when `signal` aborts (e.g. because
 * the reader typed on). Where workers are unavailable, or the worker script cannot run, the job
 * runs here instead after yielding once, so the page has painted its "Reading…" state first.
 * Resolves to the worker's answer; rejects only with the abort reason.
 */
export function runInWorker<Req, Res>({ start, request, here, signal, onProgress }: WorkerJob<Req, Res>): Promise<Res> {
  const fallback = async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
    signal?.throwIfAborted();
    return here();
  };
  if (workersUnavailable) return fallback();
  return new Promise<Res>((resolve, reject) => {
    let worker: Worker;
    try {
      worker = start();
    } catch {
      workersUnavailable = true;
      fallback().then(resolve, reject);
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
    worker.addEventListener('message', (event: MessageEvent<WorkerMessage<Res>>) => {
      if (event.data.type === 'progress') {
        onProgress?.(event.data.fraction);
        return;
      }
      finish();
      resolve(event.data.value);
    });
    worker.addEventListener('error', (event) => {
      // The worker script could not run: work here instead, and do not try workers again.
      event.preventDefault();
      finish();
      workersUnavailable = true;
      fallback().then(resolve, reject);
    });
    worker.postMessage(request);
  });
}
