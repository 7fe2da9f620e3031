import { describe, expect, it } from 'vitest';
import { pastedHtmlInput } from '../../src/ui/library/pasted-html';

const html = (input: ReturnType<typeof pastedHtmlInput>) => (input.kind === 'html' ? input.html : '');

describe('a paste from a web page', () => {
  it('is read as HTML, kept whole, and titled by its first heading', () => {
    const input = pastedHtmlInput('<p>Kicker</p><h2>Council <em>votes</em> for the bridge</h2><p>Body.</p>', 'Kicker\nCouncil votes for the bridge\nBody.');
    expect(input).toMatchObject({ kind: 'html', keepAll: true });
    expect(input).not.toHaveProperty('name');
    expect(html(input).startsWith('<title>Council votes for the bridge</title>')).toBe(true);
  });

  it('without a heading is titled by its first line when that is short, and by nothing when it is a paragraph', () => {
    expect(html(pastedHtmlInput('<p><b>Short &amp; bold</b></p><p>Body.</p>', 'Short & bold\nBody.'))).toMatch(/^<title>Short &amp; bold<\/title>/);
    const long = 'A first paragraph that goes on and on, well beyond anything a title would be, because it is the article itself and not its name at all.';
    expect(html(pastedHtmlInput(`<p>${long}</p>`, long))).toBe(`<p>${long}</p>`);
  });

  it('never lets a title close its own element', () => {
    expect(html(pastedHtmlInput('<h1>&lt;/title&gt;&lt;script&gt;x&lt;/script&gt;</h1>', ''))).toMatch(/^<title>&lt;\/title&gt;&lt;script&gt;x&lt;\/script&gt;<\/title>/);
  });
});
