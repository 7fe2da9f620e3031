import type { ParseResult } from '../model/parse-article';

/**
 * Limits on what an imported file may hold. A file can come from anywhere, so each limit bounds
 * the work and storage one file can cause; each is far above what real annotations need.
 */

/**
 * Largest file read at all (checked on `File.size`, before reading it): 20 MB. Our export of one
 * article takes about 1.6 kB per annotation (bench/exchange.bench.ts), so about 12,000 fit.
 */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

/** Deepest nesting of arrays and objects. Our export nests 8 levels, Hypothesis's about 7. */
export const MAX_JSON_DEPTH = 32;

/**
 * Longest note, in UTF-16 code units: about 15,000 words. A longer note (a pasted book) refuses
 * the file rather than being cut, because cutting would lose text without anyone deciding to.
 */
export const MAX_NOTE_LENGTH = 100_000;

/** Longest quote, prefix or suffix: a quote of a whole long article still fits. */
export const MAX_QUOTE_LENGTH = 100_000;

/** Longest short text: evidence titles, claim summaries, claimants, verdict labels, article titles. */
export const MAX_SHORT_TEXT_LENGTH = 2_000;

/** Longest id or IRI (ids become IndexedDB keys; a megabyte key would slow every lookup). */
export const MAX_ID_LENGTH = 2_048;

/** Longest evidence URL. */
export const MAX_URL_LENGTH = 8_192;

/** Most bodies, tags or evidence links on one annotation. */
export const MAX_BODIES = 1_000;

const MEGABYTES = new Intl.NumberFormat('en', { maximumFractionDigits: 1 });

/** Whether a file of `bytes` may be read at all; checked on `File.size` before reading it. */
export function checkImportSize(bytes: number): ParseResult<number> {
  if (bytes <= MAX_IMPORT_BYTES) return { ok: true, value: bytes };
  const mb = (n: number) => `${MEGABYTES.format(n / (1024 * 1024))} MB`;
  const size = mb(bytes) === mb(MAX_IMPORT_BYTES) ? `just over ${mb(MAX_IMPORT_BYTES)}` : mb(bytes);
  return { ok: false, error: `The file is ${size}; files over ${mb(MAX_IMPORT_BYTES)} are not read. Split the export into smaller files, or choose the right file.` };
}
