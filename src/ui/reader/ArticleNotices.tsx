import { useMemo } from 'react';
import type { Article } from '../../core/model/article';
import { useImageConsent } from '../../state/image-consent';
import { imageHost } from './ArticleImage';

/**
 * What the reader must know about the text before checking it, shown above it (never inside the
 * `<article>`): what was simplified on the way in, and, when the article has pictures, one
 * button per host to load them (nothing is fetched before).
 */
export function ArticleNotices({ article, allowedHosts }: { article: Article; allowedHosts: readonly string[] }) {
  const allow = useImageConsent((s) => s.allow);
  const hosts = useMemo(() => {
    const found = new Set<string>();
    for (const block of article.blocks) {
      const host = block.kind === 'image' ? imageHost(block.image) : null;
      if (host) found.add(host);
    }
    return [...found];
  }, [article.blocks]);
  const waiting = hosts.filter((h) => !allowedHosts.includes(h));
  const simplified = article.simplified ?? [];
  if (simplified.length === 0 && waiting.length === 0) return null;
  return (
    <div className="article-notices">
      {simplified.length > 0 && (
        <p className="article-simplified">
          <strong>Simplified from the original:</strong> {simplified.join('; ')}.
        </p>
      )}
      {waiting.length > 0 && (
        <p className="article-images">
          Images are not loaded, so the page’s hosts learn nothing of your reading.{' '}
          {waiting.map((host) => (
            <button key={host} type="button" className="link-button" onClick={() => allow(article.id, host)}>
              Load images from {host}
            </button>
          ))}
        </p>
      )}
    </div>
  );
}
