import { useEffect, useState } from 'react';

/**
 * How many of `total` slices are in the page: one at first, then one more per task (a macrotask,
 * so the page paints and answers input between slices) until all are. Starts again from one
 * when `key` (the text) changes.
 */
export function useSlicesIn(total: number, key: unknown): number {
  const [state, setState] = useState({ key, shown: 1 });
  const shown = state.key === key ? state.shown : 1;
  if (state.key !== key) setState({ key, shown: 1 });
  useEffect(() => {
    if (shown >= total) return;
    const timer = setTimeout(() => setState((s) => (s.key === key ? { key, shown: s.shown + 1 } : s)), 0);
    return () => clearTimeout(timer);
  }, [shown, total, key]);
  return Math.min(shown, total);
}
