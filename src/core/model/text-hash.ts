import { sha256Hex } from './sha256';

/**
 * SHA-256 of a text, as `sha256:<hex>`. Synchronous (unlike crypto.subtle, which is also missing
 * outside secure contexts), so anchoring can compare hashes without awaiting.
 */
export function textHash(text: string): string {
  return `sha256:${sha256Hex(text)}`;
}
