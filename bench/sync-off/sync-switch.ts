/** The app without sync, for the first-page figure: no author, nothing to resume. */
export const authorName = (): string | null => null;
export const useSyncResume = (): void => undefined;
