/** As y-dexie's own GC: first a while after start, then every five minutes. */
export const FIRST_COMPRESSION_MS = 10_000;
export const COMPRESSION_INTERVAL_MS = 5 * 60_000;

/**
 * Compresses the stored documents of database `name` in a worker, now and then, until the
 * returned stop is called. Each run gets a worker of its own, ended when done: nothing stays
 * loaded between runs. A run that fails leaves the updates as they are (loading only takes
 * longer) and the next one tries again.
 */
export function compressPeriodically(name: string): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let worker: Worker | null = null;
  let stopped = false;
  const next = (delay: number) => {
    if (!stopped) timer = setTimeout(run, delay);
  };
  const run = () => {
    try {
      worker = new Worker(new URL('./compress-worker.ts', import.meta.url), { type: 'module', name: 'marginalia-compress' });
    } catch {
      return; // No workers here: the documents keep their updates.
    }
    const done = (event?: MessageEvent<{ ok: boolean; reason?: string }>) => {
      if (event && !event.data.ok) console.debug('sync: compressing stored documents failed:', event.data.reason);
      worker?.terminate();
      worker = null;
      next(COMPRESSION_INTERVAL_MS);
    };
    worker.onmessage = done;
    worker.onerror = () => done();
    worker.postMessage({ name });
  };
  next(FIRST_COMPRESSION_MS);
  return () => {
    stopped = true;
    if (timer) clearTimeout(timer);
    worker?.terminate();
  };
}
