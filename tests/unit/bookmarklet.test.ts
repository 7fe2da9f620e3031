import { describe, expect, it } from 'vitest';
import { bookmarkletHref, PAGE_MESSAGE, readPageMessage, READY_MESSAGE } from '../../src/core/library/bookmarklet';

const MAX = 1000;
const code = (href: string) => decodeURIComponent(href.slice('javascript:'.length));

describe('the Send to Marginalia bookmarklet', () => {
  it('opens the app where it is served, with ?receive, and posts only to that origin', () => {
    const href = bookmarkletHref('https://reader.example.org/marginalia/?x=1#/a/some-article');
    expect(href.startsWith('javascript:')).toBe(true);
    const source = code(href);
    expect(source).toContain('"https://reader.example.org/marginalia/?receive"');
    expect(source).toContain('o="https://reader.example.org"');
    expect(source).toContain('e.source!==w||e.origin!==o');
    expect(source).toContain(`"${READY_MESSAGE}"`);
    expect(source).toContain(`"${PAGE_MESSAGE}"`);
    expect(source).not.toContain("'*'");
  });

  it('is code a browser can parse', () => {
    expect(() => new Function(code(bookmarkletHref('http://127.0.0.1:4173/')))).not.toThrow();
  });
});

describe('a page message', () => {
  it('gives the page with its address and title', () => {
    expect(readPageMessage({ type: PAGE_MESSAGE, html: '<html><p>Hi</p></html>', address: 'https://news.example.com/a?b=1', title: 'A story' }, MAX)).toEqual({
      ok: true,
      page: { html: '<html><p>Hi</p></html>', address: 'https://news.example.com/a?b=1', title: 'A story' },
    });
  });

  it('is ignored when it is not one (other messages on the window)', () => {
    for (const data of [null, 'marginalia:page', 42, {}, { type: 'other', html: '<p>x</p>' }, { type: READY_MESSAGE }]) expect(readPageMessage(data, MAX)).toBeNull();
  });

  it('is refused with a reason when empty or larger than a file may be', () => {
    expect(readPageMessage({ type: PAGE_MESSAGE, html: '   ' }, MAX)).toMatchObject({ ok: false, error: expect.stringMatching(/arrived empty/) });
    expect(readPageMessage({ type: PAGE_MESSAGE, html: { evil: true } }, MAX)).toMatchObject({ ok: false });
    expect(readPageMessage({ type: PAGE_MESSAGE, html: 'x'.repeat(MAX + 1) }, MAX)).toMatchObject({ ok: false, error: expect.stringMatching(/too large/) });
  });

  it('keeps only an http(s) address and a string title', () => {
    const page = (address: unknown, title: unknown) => {
      const read = readPageMessage({ type: PAGE_MESSAGE, html: '<p>x</p>', address, title }, MAX);
      return read && read.ok ? read.page : null;
    };
    expect(page('javascript:alert(1)', 7)).toMatchObject({ address: '', title: '' });
    expect(page('not a url', 't'.repeat(900))?.title).toHaveLength(500);
    expect(page('http://example.org', 'T')?.address).toBe('http://example.org/');
  });
});
