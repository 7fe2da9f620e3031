import { describe, expect, it } from 'vitest';
import { htmlDepth, renderNoteMarkdown } from '../../src/ui/markdown/render-markdown';

function dom(markdown: string): HTMLElement {
  const div = document.createElement('div');
  const note = renderNoteMarkdown(markdown);
  if (note.kind !== 'html') throw new Error(`not formatted: ${note.reason}`);
  div.innerHTML = note.html;
  return div;
}

describe('renderNoteMarkdown', () => {
  it('renders emphasis, lists, quotes and http(s) links that open safely in a new tab', () => {
    const el = dom('**Figure** is *off*.\n\n- one\n- two\n\n> quoted\n\nSee [the UN](https://www.un.org/) and <https://example.org>.');
    expect(el.querySelector('strong')?.textContent).toBe('Figure');
    expect(el.querySelectorAll('li')).toHaveLength(2);
    expect(el.querySelector('blockquote')?.textContent?.trim()).toBe('quoted');
    const links = Array.from(el.querySelectorAll('a'));
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['https://www.un.org/', 'https://example.org']);
    for (const a of links) {
      expect(a.getAttribute('target')).toBe('_blank');
      expect(a.getAttribute('rel')).toBe('noopener noreferrer nofollow');
    }
  });

  it('shows raw HTML as text instead of parsing it', () => {
    const el = dom('<script>alert(1)</script> <img src=x onerror=alert(2)> <b onclick="x()">bold</b>');
    expect(el.querySelector('script, img, b, [onclick], [onerror]')).toBeNull();
    expect(el.textContent).toContain('<script>alert(1)</script>');
    expect(el.textContent).toContain('<img src=x onerror=alert(2)>');
  });

  it('drops the link of javascript:, data: and vbscript: URLs but keeps their text', () => {
    for (const href of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==', 'vbscript:msgbox(1)', ' javascript:alert(1)']) {
      const el = dom(`[click me](${href})`);
      expect(el.querySelector('a[href]')).toBeNull();
      expect(el.textContent).toContain('click me');
    }
  });

  it('never loads images: an image becomes its alt text', () => {
    const el = dom('![a chart](https://tracker.example/pixel.png)');
    expect(el.querySelector('img')).toBeNull();
    expect(el.textContent).toContain('[image: a chart]');
  });

  it('keeps mailto links', () => {
    expect(dom('[mail](mailto:desk@example.org)').querySelector('a')?.getAttribute('href')).toBe('mailto:desk@example.org');
  });
});

describe('renderNoteMarkdown limits', () => {
  it('returns a note of 1,700 nested list markers as its text instead of exceeding the call stack', () => {
    const note = '- '.repeat(1700) + 'x';
    const rendered = renderNoteMarkdown(note);
    expect(rendered).toMatchObject({ kind: 'text', text: note });
  });

  it('returns a 100 KB note as text with the reason, and the same result object on the next render', () => {
    const note = 'word **b** *i* [l](https://example.org)\n'.repeat(2600);
    const rendered = renderNoteMarkdown(note);
    expect(rendered.kind).toBe('text');
    if (rendered.kind === 'text') expect(rendered.reason).toMatch(/longer than/);
    expect(renderNoteMarkdown(note)).toBe(rendered);
  });

  it('measures element depth in rendered HTML', () => {
    expect(htmlDepth('<p>a<br><em>b</em></p><blockquote><blockquote><p>c</p></blockquote></blockquote>')).toBe(3);
  });
});
