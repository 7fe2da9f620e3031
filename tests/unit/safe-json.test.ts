import { describe, expect, it } from 'vitest';
import { escapeJsonForHtml, stringifyForHtml } from '../../src/core/exchange/safe-json';

describe('JSON for embedding in HTML', () => {
  it('writes <, >, &, U+2028 and U+2029 as \\u escapes that parse back to the same text', () => {
    const value = { note: '</script><script>alert(1)</script> & <!-- \u2028\u2029' };
    const text = stringifyForHtml(value);
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(text).toContain('\\u003c/script\\u003e');
    expect(JSON.parse(text)).toEqual(value);
  });

  it('leaves text without those characters unchanged, call after call', () => {
    expect(escapeJsonForHtml('{"a":"b"}')).toBe('{"a":"b"}');
    expect(escapeJsonForHtml('"<"')).toBe('"\\u003c"');
    expect(escapeJsonForHtml('"<"')).toBe('"\\u003c"');
  });
});
