/** The one place query keys are made, so invalidation always hits what it means to. */
export const queryKeys = {
  article: (articleId: string) => ['article', articleId] as const,
  annotationsAll: () => ['annotations'] as const,
  annotations: (articleId: string) => ['annotations', articleId] as const,
  persistence: () => ['storage', 'persistence'] as const,
};
