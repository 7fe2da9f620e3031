/** The largest file (or sent page) opened: far beyond any article, small enough that a mistaken choice (a video) is refused at once. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;
