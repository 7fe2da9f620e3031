import { describe, expect, it } from 'vitest';
import { describeBinary, readArticleInput } from '../../src/ui/library/read-source';
import { withoutSiteName } from '../../src/ui/library/page-metadata';
import { draftFromHtml } from '../../src/ui/library/reduce-html';

const bytes = (...b: number[]) => new Uint8Array([...b, ...new Array<number>(32).fill(0x20)]);

describe('files are told by their bytes, not their names', () => {
  it.each([
    ['a PDF document', bytes(0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37)],
    ['a PNG image', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a)],
    ['a JPEG image', bytes(0xff, 0xd8, 0xff, 0xe0)],
    ['a GIF image', bytes(0x47, 0x49, 0x46, 0x38, 0x39, 0x61)],
    ['a zip archive (or an office document, which is one)', bytes(0x50, 0x4b, 0x03, 0x04)],
    ['a compressed (gzip) file', bytes(0x1f, 0x8b, 0x08)],
    ['a binary file', new Uint8Array([0x3c, 0x70, 0x3e, 0x00, 0x01])],
  ])('names %s', (what, b) => {
    expect(describeBinary(b)).toBe(what);
  });

  it('passes text, including UTF-8 and UTF-16 with its byte-order mark', () => {
    expect(describeBinary(new TextEncoder().encode('<!doctype html><p>Ça va — שלום</p>'))).toBeNull();
    expect(describeBinary(new Uint8Array([0xff, 0xfe, 0x3c, 0x00, 0x70, 0x00]))).toBeNull();
  });

  it('refuses a PDF renamed .html with a message naming the file and what it is, and reads nothing of it', async () => {
    const pdf = new File([new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a, 0x25, 0xe2, 0xe3, 0xcf, 0xd3])], 'story.html', { type: 'text/html' });
    const result = await readArticleInput({ kind: 'file', file: pdf });
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/^“story\.html” is a PDF document, not text, whatever its name says\./) });
  });
});

describe('titles without the site’s name', () => {
  it.each([
    ['Whale strandings rise on the coast | Eleanor Ainge Roy', 'Eleanor Ainge Roy', 'Whale strandings rise on the coast'],
    ['Storm closes schools - BBC News', 'BBC News', 'Storm closes schools'],
    ['Storm closes schools – bbc news', 'BBC News', 'Storm closes schools'],
    ['Ask the doctor: what is hay fever?', 'WebMD', 'Ask the doctor: what is hay fever?'],
    ['BBC News', 'BBC News', 'BBC News'],
  ])('%s (site %s) -> %s', (title, site, expected) => {
    expect(withoutSiteName(title, site)).toBe(expected);
  });

  it('a page titled only by <title> loses its site name; a page that names its article keeps its headline', async () => {
    const body = '<p>' + 'The council voted on Tuesday to close three schools for a week while the roofs are repaired. '.repeat(12) + '</p>';
    const plain = await draftFromHtml(`<!doctype html><html><head><title>Schools close for repairs | The Courier</title><meta property="og:site_name" content="The Courier"></head><body><article>${body}</article></body></html>`);
    expect(plain.ok && plain.value.title).toBe('Schools close for repairs');
    const named = await draftFromHtml(`<!doctype html><html><head><title>Courier | Home</title><meta property="og:title" content="Schools close for repairs"></head><body><article><h1>Schools close for repairs</h1>${body}</article></body></html>`);
    expect(named.ok && named.value.title).toBe('Schools close for repairs');
  });
});
