import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../src/core/model/sha256';
import { textHash } from '../../src/core/model/text-hash';

/** Node's own SHA-256 of the UTF-8 of `text`: the reference. */
const reference = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

describe('sha256Hex', () => {
  it('gives the published digests of FIPS 180-4', () => {
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe('248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1');
  });

  it('agrees with Node at every length around the 64-byte blocks and their padding', () => {
    for (let length = 0; length <= 200; length++) {
      const text = 'x'.repeat(length);
      expect(sha256Hex(text), `length ${length}`).toBe(reference(text));
    }
  });

  it('hashes the UTF-8 of the text: accents, astral characters, lone surrogates and NUL', () => {
    for (const text of ['Café', 'naïve ﬁne', '𝒳 😀 ✓', 'a\u0000b', '\uD800 lone', 'Ελληνικά 中文 العربية']) expect(sha256Hex(text)).toBe(reference(text));
  });

  it('agrees with Node on any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => sha256Hex(text) === reference(text)),
      { numRuns: 500 },
    );
  });

  it('agrees with Node on a text of a megabyte', () => {
    const text = Array.from({ length: 25_000 }, (_, i) => `Sentence ${i} of a long article, with ünïcode. `).join('');
    expect(text.length).toBeGreaterThan(1_000_000);
    expect(sha256Hex(text)).toBe(reference(text));
  });
});

describe('textHash', () => {
  it('is the SHA-256 of the text, prefixed', () => {
    expect(textHash('abc')).toBe('sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});
