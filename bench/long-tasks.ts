import type { Page } from 'playwright-core';

/**
 * Starts recording the page's long main-thread tasks (over 50 ms, the browser's threshold);
 * `take()` returns the durations recorded since the last take, rounded to the millisecond.
 */
export async function watchLongTasks(page: Page): Promise<{ take: () => Promise<number[]> }> {
  await page.evaluate(() => {
    const w = window as unknown as { __long: number[] };
    w.__long = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__long.push(Math.round(entry.duration));
    }).observe({ type: 'longtask' });
  });
  return { take: () => page.evaluate(() => (window as unknown as { __long: number[] }).__long.splice(0)) };
}
