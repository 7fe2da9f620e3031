import { describe, expect, it } from 'vitest';
import { InlineBuilder } from '../../src/core/library/inline-builder';
import { decodeEntities } from '../../src/core/library/html-entities';
import { isHttpUrl, safeLinkHref, siteName } from '../../src/core/library/safe-link';

describe('InlineBuilder', () => {
  it('collapses white space like a browser and never starts or ends with a space', () => {
    const b = new InlineBuilder();
    b.text('  Hello \n\t ');
    b.text('  world  ');
    b.lineBreak();
    b.text('again\u00A0\u00A0here ');
    expect(b.finish()).toEqual({ text: 'Hello world again\u00A0\u00A0here', marks: [] });
  });

  it('records marks over visible text only, not over the spaces around them', () => {
    const b = new InlineBuilder();
    b.text('Read ');
    const link = b.open('link', 'https://example.org/');
    b.text(' the ');
    const em = b.open('em');
    b.text('report ');
    b.close(em);
    b.close(link);
    b.text(' now');
    const { text, marks } = b.finish();
    expect(text).toBe('Read the report now');
    expect(marks.map((m) => [m.kind, text.slice(m.start, m.end)])).toEqual([
      ['link', 'the report'],
      ['em', 'report'],
    ]);
  });

  it('drops empty marks and closes marks left open', () => {
    const b = new InlineBuilder();
    b.close(b.open('strong'));
    b.text('x');
    b.open('em');
    b.text('y');
    expect(b.finish()).toEqual({ text: 'xy', marks: [{ kind: 'em', start: 1, end: 2 }] });
  });
});

describe('safeLinkHref', () => {
  it('keeps absolute http(s) links', () => {
    expect(safeLinkHref(' https://example.org/a?b#c ')).toBe('https://example.org/a?b#c');
    expect(safeLinkHref('http://example.org')).toBe('http://example.org/');
  });

  it('refuses other schemes, fragments, and relative links without a base', () => {
    for (const href of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,<script>', 'vbscript:x', 'file:///etc/passwd', '#top', '/about', '', 'mailto:a@b.c']) {
      expect(safeLinkHref(href)).toBe(null);
    }
  });

  it('resolves relative links against an http(s) base only', () => {
    expect(safeLinkHref('/about', 'https://news.example/story/1')).toBe('https://news.example/about');
    expect(safeLinkHref('/about', 'javascript:alert(1)')).toBe(null);
    expect(safeLinkHref('javascript:alert(1)', 'https://news.example/')).toBe(null);
  });

  it('isHttpUrl accepts only absolute http(s) addresses', () => {
    expect(isHttpUrl('https://x.org')).toBe(true);
    expect(isHttpUrl('x.org')).toBe(false);
    expect(isHttpUrl('ftp://x.org')).toBe(false);
  });
});

describe('siteName', () => {
  it('names a web address by its site, without www, and nothing else', () => {
    expect(siteName('https://www.reuters.com/world/x?y=1')).toBe('reuters.com');
    expect(siteName('http://news.un.org/en')).toBe('news.un.org');
    expect(siteName('not an address')).toBeNull();
    expect(siteName('mailto:desk@example.org')).toBeNull();
  });
});

describe('decodeEntities', () => {
  it('decodes named and numeric references and leaves unknown ones', () => {
    expect(decodeEntities('a &amp; b &lt;c&gt; &#8212; &#x2019; &nosuch; &#0; &')).toBe('a & b <c> — ’ &nosuch; \uFFFD &');
  });
});
