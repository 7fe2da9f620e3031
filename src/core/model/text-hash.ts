import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/**
 * SHA-256 of a text, as `sha256:<hex>`. Synchronous (unlike crypto.subtle, which is also missing
 * outside secure contexts), so anchoring can compare hashes without awaiting.
 */
export function textHash(text: string): string {
  return `sha256:${bytesToHex(sha256(utf8ToBytes(text)))}`;
}
