import { describe, expect, it } from 'vitest';
import { checkEvidenceUrl } from '../../src/core/model/evidence-url';

const refused = (input: string) => {
  const result = checkEvidenceUrl(input);
  return result.ok ? null : result.error;
};

describe('checkEvidenceUrl', () => {
  it('accepts http and https links, normalised', () => {
    expect(checkEvidenceUrl('https://www.reuters.com/world/syria')).toEqual({ ok: true, value: 'https://www.reuters.com/world/syria' });
    expect(checkEvidenceUrl('  http://Example.ORG  ')).toEqual({ ok: true, value: 'http://example.org/' });
    expect(checkEvidenceUrl('HTTPS://example.org/a b?q=1#x')).toEqual({ ok: true, value: 'https://example.org/a%20b?q=1#x' });
  });

  it('refuses javascript: links, however they are spelled', () => {
    for (const input of ['javascript:alert(1)', 'JavaScript:alert(document.cookie)', ' javascript:void(0)', 'java\tscript:alert(1)']) {
      expect(refused(input), input).toBe('Only http and https links can be sources; “javascript:” links are refused.');
    }
  });

  it('refuses data: links', () => {
    expect(refused('data:text/html,<script>alert(1)</script>')).toBe('Only http and https links can be sources; “data:” links are refused.');
  });

  it('refuses ftp: and other schemes', () => {
    expect(refused('ftp://ftp.example.org/report.pdf')).toBe('Only http and https links can be sources; “ftp:” links are refused.');
    expect(refused('file:///etc/passwd')).toBe('Only http and https links can be sources; “file:” links are refused.');
    expect(refused('mailto:desk@example.org')).toBe('Only http and https links can be sources; “mailto:” links are refused.');
  });

  it('refuses bare words and links without a scheme, saying how to fix them', () => {
    expect(refused('reuters')).toBe('“reuters” is not a web address. Paste a full link starting with https://.');
    expect(refused('www.reuters.com/world')).toBe('“www.reuters.com/world” is not a web address. Paste a full link starting with https://.');
    expect(refused('https://')).toBe('“https://” is not a web address. Paste a full link starting with https://.');
  });

  it('shortens a long bad input in its message', () => {
    const error = refused(`not a link ${'x'.repeat(100)}`);
    expect(error).toBe(`“not a link ${'x'.repeat(28)}…” is not a web address. Paste a full link starting with https://.`);
  });

  it('asks for a link when the field is empty', () => {
    expect(refused('')).toBe('Enter the address of a source, starting with https://.');
    expect(refused('   ')).toBe('Enter the address of a source, starting with https://.');
  });
});
