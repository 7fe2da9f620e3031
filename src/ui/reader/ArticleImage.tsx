import type { ArticleImage as Image } from '../../core/model/article';

/** The host an image would be fetched from, or null when it has no address. */
export function imageHost(image: Image): string | null {
  if (!image.src) return null;
  try {
    return new URL(image.src).host;
  } catch {
    return null;
  }
}

/**
 * A picture of the article: the picture itself once the reader allowed its host, else a
 * placeholder showing its alt text. The alt text is drawn by CSS from an attribute, so it is
 * never part of the annotatable text (the `<article>`'s textContent) whichever is shown.
 */
export function ArticleImage({ image, allowedHosts }: { image: Image; allowedHosts: readonly string[] }) {
  const host = imageHost(image);
  const label = image.alt || 'Image without a description';
  if (image.src && host && allowedHosts.includes(host)) {
    return <img className="article-picture" src={image.src} alt={image.alt} loading="lazy" referrerPolicy="no-referrer" />;
  }
  return <span className="image-placeholder" role="img" aria-label={`${label} (not loaded)`} data-label={image.alt ? `Image: ${image.alt}` : 'Image'} />;
}
