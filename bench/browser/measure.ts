/** Timing helpers of the bench page. Figures are medians: one slow run on a busy machine does not move them. */

/** The median of some numbers (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Milliseconds `run` takes (awaited when it returns a promise). */
export async function time(run: () => unknown): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

/** Resolves after the browser has had a chance to run other tasks (a message round trip, not a 4 ms timer). */
export function yieldTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

/** Resolves once `done()` holds, checking after every task; rejects after `limitMs` (a broken run, not a figure). */
export async function until(done: () => boolean | Promise<boolean>, limitMs = 20_000, what = 'a condition'): Promise<void> {
  const start = performance.now();
  while (!(await done())) {
    if (performance.now() - start > limitMs) throw new Error(`The bench page waited too long for ${what}.`);
    await yieldTask();
  }
}

/** Resolves after the next frame has been rendered. */
export function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => yieldTask().then(resolve)));
}

/** Forces style and layout now, so their cost falls inside a measurement rather than after it. */
export function forceLayout(): void {
  void document.body.getBoundingClientRect();
}
