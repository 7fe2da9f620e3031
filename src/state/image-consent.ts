import { create } from 'zustand';

interface ImageConsentState {
  /** Per article id, the hosts whose images the reader chose to load. */
  allowed: Record<string, readonly string[]>;
  allow: (articleId: string, host: string) => void;
}

/**
 * Which image hosts the reader allowed, per article. Until a host is allowed, no request goes to
 * it: images show as placeholders with their alt text. Kept for this visit only (a reload asks
 * again), which is the cautious choice for a tool that opens pages from anywhere.
 */
export const useImageConsent = create<ImageConsentState>()((set) => ({
  allowed: {},
  allow: (articleId, host) =>
    set((s) => {
      const hosts = s.allowed[articleId] ?? [];
      return hosts.includes(host) ? s : { allowed: { ...s.allowed, [articleId]: [...hosts, host] } };
    }),
}));

const NONE: readonly string[] = [];

/** The hosts allowed for one article (a stable empty list when none). */
export function useAllowedImageHosts(articleId: string): readonly string[] {
  return useImageConsent((s) => s.allowed[articleId] ?? NONE);
}
