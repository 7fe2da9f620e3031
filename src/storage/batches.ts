import type { Table } from 'dexie';

/**
 * Records read or written per request in a large write: each batch's requests are made in a
 * task of their own (the previous batch's completion), so a file of 15,000 never holds the page
 * in one long task (import-write bench), while the transaction still commits all or nothing.
 */
export const BATCH = 500;

/** `items` in runs of BATCH. */
export function batchesOf<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += BATCH) out.push(items.slice(i, i + BATCH));
  return out;
}

/** The records of `table` with these keys (undefined where none), read in batches. */
export async function getInBatches<T, K, I>(table: Table<T, K, I>, keys: readonly K[]): Promise<(T | undefined)[]> {
  const out: (T | undefined)[] = [];
  for (const batch of batchesOf(keys)) out.push(...(await table.bulkGet(batch)));
  return out;
}

/** Puts `records` into `table` in batches, telling `onProgress` the part written (0 to 1) after each. */
export async function putInBatches<T, K, I>(table: Table<T, K, I>, records: readonly I[], onProgress?: (fraction: number) => void): Promise<void> {
  const batches = batchesOf(records);
  for (const [i, batch] of batches.entries()) {
    await table.bulkPut(batch);
    onProgress?.((i + 1) / batches.length);
  }
}
