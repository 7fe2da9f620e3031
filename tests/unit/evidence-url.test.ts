import { describe, expect, it } from 'vitest';
import { checkEvidenceUrl } from '../../src/core/model/evidence-url';

const refused = (input: string) => {
  const result = checkEvidenceUrl(input);
  return result.ok ? null : result.error;
};

describe('checkEvidenceUrl', () => {
  it('accepts http and https links, normalised', () => {
    expect(checkEvidenceUrl('https://www.reuters.com/world/syria')).toEqual({ ok: true, value: 'https://www.reuters.com/world/syria', corrected: false });
    expect(checkEvidenceUrl('  http://Example.ORG  ')).toEqual({ ok: true, value: 'http://example.org/', corrected: false });
    expect(checkEvidenceUrl('HTTPS://example.org/a b?q=1#x')).toEqual({ ok: true, value: 'https://example.org/a%20b?q=1#x', corrected: false });
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
    expect(refused('https://')).toBe('“https://” is not a web address. Paste a full link starting with https://.');
  });

  it('adds https:// to a site typed without it, and says so', () => {
    expect(checkEvidenceUrl('example.com')).toEqual({ ok: true, value: 'https://example.com/', corrected: true });
    expect(checkEvidenceUrl(' www.reuters.com/world/middle-east/syria-2016?ref=x#top ')).toEqual({
      ok: true,
      value: 'https://www.reuters.com/world/middle-east/syria-2016?ref=x#top',
      corrected: true,
    });
    expect(checkEvidenceUrl('bbc.co.uk:8443/news')).toEqual({ ok: true, value: 'https://bbc.co.uk:8443/news', corrected: true });
    expect(checkEvidenceUrl('Example.ORG')).toEqual({ ok: true, value: 'https://example.org/', corrected: true });
  });

  it('does not guess for words, files or other schemes', () => {
    expect(refused('de Mistura')).toBe('“de Mistura” is not a web address. Paste a full link starting with https://.');
    expect(refused('localhost:3000')).not.toBeNull();
    expect(refused('javascript:alert(1)')).toBe('Only http and https links can be sources; “javascript:” links are refused.');
  });

  it('refuses a site name with a space or stray character, which some parsers let through', () => {
    for (const input of ['https://exa mple.com', 'https://example .com/a', 'exa mple.com', 'https://exa%20mple.com', 'https://reuters', 'https://exa_mple.com']) {
      expect(refused(input), input).not.toBeNull();
    }
    expect(refused('https://exa mple.com')).toBe('“https://exa mple.com” has no valid site name (a space or a stray character in it?). Check the address.');
    // A space in the path is a typing slip the parser can encode; the site is still right.
    expect(checkEvidenceUrl('https://example.org/a b')).toMatchObject({ ok: true, value: 'https://example.org/a%20b' });
    expect(checkEvidenceUrl('https://münchen.de/')).toMatchObject({ ok: true, value: 'https://xn--mnchen-3ya.de/' });
    expect(checkEvidenceUrl('http://192.168.0.1/x')).toMatchObject({ ok: true });
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
