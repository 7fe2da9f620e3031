/** The one place query keys are made, so invalidation always hits what it means to. */
export const queryKeys = {
  articlesAll: () => ['article'] as const,
  article: (articleId: string) => ['article', articleId] as const,
  annotationsAll: () => ['annotations'] as const,
  annotations: (articleId: string) => ['annotations', articleId] as const,
  persistence: () => ['storage', 'persistence'] as const,
  /** Every article's annotations at once (library counts and search); under `annotationsAll`, so any annotation change refreshes it. */
  annotationsEverywhere: () => ['annotations', { scope: 'every-article' }] as const,
  /** Stored articles' summaries. */
  storedArticles: () => ['library', 'stored'] as const,
  /** The manifest of articles shipped with the app. */
  shippedArticles: () => ['library', 'shipped'] as const,
  /** Everything kept in the settings table (another tab's change to it refreshes all of it). */
  settingsAll: () => ['settings'] as const,
  /** Every article's edited details (under `settingsAll`). */
  articleDetailsAll: () => ['settings', 'details'] as const,
  /** One article's edited details. */
  articleDetails: (articleId: string) => ['settings', 'details', articleId] as const,
  /** Every article's edited details at once, for the library. */
  everyArticleDetails: () => ['settings', 'details', { scope: 'every-article' }] as const,
  /** The publisher profile (Publishing details). */
  publisher: () => ['settings', 'publisher'] as const,
  /** Where an article's report will be published. */
  reportUrl: (articleId: string) => ['settings', 'report-url', articleId] as const,
};
