/**
 * Limits on what an imported file may hold. A file can come from anywhere, so each limit bounds
 * the work and storage one file can cause; each is far above what real annotations need.
 */

/** Largest file read at all (checked on `File.size`, before reading it): 20 MB, about 40,000 rich annotations. */
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
