import { describe, expect, it } from 'vitest';
import { articleFromDraft, type ArticleDraft } from '../../src/core/library/article-draft';
import { looksLikeMarkdown, parseTextSource, plainTextBlocks, titleFromFileName } from '../../src/core/library/parse-text';
import { articleText, type ArticleBlock } from '../../src/core/model/article';
import { parseArticle } from '../../src/core/model/parse-article';

function draft(text: string, format: 'text' | 'markdown' | 'auto' = 'auto', fileName?: string): ArticleDraft {
  const result = parseTextSource(fileName ? { text, format, fileName } : { text, format });
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

const texts = (blocks: readonly ArticleBlock[]) => blocks.map((b) => b.text);

describe('plain text', () => {
  it('takes the first line as the title and blank-line separated paragraphs as blocks', () => {
    const d = draft('Ministers meet in Geneva\n\nThe talks began on Monday.\n\nThey ended on Friday.\n');
    expect(d.title).toBe('Ministers meet in Geneva');
    expect(d.blocks).toEqual([
      { kind: 'paragraph', text: 'The talks began on Monday.' },
      { kind: 'paragraph', text: 'They ended on Friday.' },
    ]);
  });

  it('joins hard-wrapped lines of a paragraph, and keeps a wrapped first line in its paragraph', () => {
    const d = draft('It was a bright cold day in April, and the clocks were striking\nthirteen. Winston Smith hurried.\n\nThe hallway smelt of boiled cabbage.');
    expect(d.title).toBe('Pasted text');
    expect(texts(d.blocks)).toEqual(['It was a bright cold day in April, and the clocks were striking thirteen. Winston Smith hurried.', 'The hallway smelt of boiled cabbage.']);
  });

  it('splits a title line directly followed by the text', () => {
    const d = draft('Floods close the ring road\nHeavy rain closed the ring road on Tuesday,\nthe council said.\n\nMore rain is expected.');
    expect(d.title).toBe('Floods close the ring road');
    expect(texts(d.blocks)).toEqual(['Heavy rain closed the ring road on Tuesday, the council said.', 'More rain is expected.']);
  });

  it('reads a text without blank lines as one paragraph per line (as copied from a web page)', () => {
    const d = draft('Headline here\r\nFirst paragraph.\r\nSecond paragraph.  \r\n');
    expect(d.title).toBe('Headline here');
    expect(texts(d.blocks)).toEqual(['First paragraph.', 'Second paragraph.']);
  });

  it('reads bulleted and numbered lines as list items', () => {
    expect(plainTextBlocks('Intro.\n\n- one\n- two\n\n1. first\n2) second')).toEqual([
      { kind: 'paragraph', text: 'Intro.' },
      { kind: 'list-item', ordered: false, text: 'one' },
      { kind: 'list-item', ordered: false, text: 'two' },
      { kind: 'list-item', ordered: true, text: 'first' },
      { kind: 'list-item', ordered: true, text: 'second' },
    ]);
  });

  it('keeps a single paragraph as the text under the fallback title, the file name when there is one', () => {
    expect(draft('Only one sentence here.')).toMatchObject({ title: 'Pasted text', blocks: [{ kind: 'paragraph', text: 'Only one sentence here.' }] });
    expect(draft('Only one sentence here.', 'text', 'council-minutes_2024.txt').title).toBe('council minutes 2024');
  });

  it('leaves asterisks and underscores of plain text alone', () => {
    const d = draft('Sums\n\n5 * 3 = 15 and 2 * 2 = 4, see file_name_here.');
    expect(texts(d.blocks)).toEqual(['5 * 3 = 15 and 2 * 2 = 4, see file_name_here.']);
  });

  it('refuses an empty text with a message that says what to do', () => {
    const result = parseTextSource({ text: ' \n\n \t', format: 'auto' });
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/Paste the article’s text, or choose or drop/) });
    const file = parseTextSource({ text: '', format: 'text', fileName: 'empty.txt' });
    expect(file).toEqual({ ok: false, error: expect.stringMatching(/“empty\.txt” has no text/) });
  });

  it('never takes a long first line as the title', () => {
    const long = `${'A very long opening sentence that goes on '.repeat(6)}and on.`;
    const d = draft(`${long}\n\nSecond paragraph.`);
    expect(d.title).toBe('Pasted text');
    expect(d.blocks[0]?.text).toBe(long);
  });
});

describe('Markdown', () => {
  it('takes a leading # heading as the title and maps headings, quotes and lists to blocks', () => {
    const d = draft('# The report\n\nIntro paragraph.\n\n## Findings\n\n> A quoted line\n> that continues.\n\n- one\n- two\n  - nested\n\n1. first\n2. second\n');
    expect(d.title).toBe('The report');
    expect(d.blocks).toEqual([
      { kind: 'paragraph', text: 'Intro paragraph.' },
      { kind: 'heading', text: 'Findings' },
      { kind: 'quote', text: 'A quoted line that continues.' },
      { kind: 'list-item', ordered: false, text: 'one' },
      { kind: 'list-item', ordered: false, text: 'two' },
      { kind: 'list-item', ordered: false, text: 'nested' },
      { kind: 'list-item', ordered: true, text: 'first' },
      { kind: 'list-item', ordered: true, text: 'second' },
    ]);
  });

  it('strips emphasis and link syntax, keeping them as marks over the text', () => {
    const d = draft('# T\n\nSome *soft* and **strong** words and [a source](https://example.org/a "t").', 'markdown');
    const [block] = d.blocks;
    expect(block?.text).toBe('Some soft and strong words and a source.');
    expect(block?.marks).toEqual([
      { kind: 'em', start: 5, end: 9 },
      { kind: 'strong', start: 14, end: 20 },
      { kind: 'link', start: 31, end: 39, href: 'https://example.org/a' },
    ]);
    const text = block?.text ?? '';
    expect(block?.marks?.map((m) => text.slice(m.start, m.end))).toEqual(['soft', 'strong', 'a source']);
  });

  it('keeps only http(s) links: javascript:, data: and relative links become plain text', () => {
    const d = draft('# T\n\n[one](javascript:alert(1)) [two](data:text/html,x) [three](/relative) [four](http://ok.example)', 'markdown');
    expect(d.blocks[0]?.text).toBe('one two three four');
    expect(d.blocks[0]?.marks).toEqual([{ kind: 'link', start: 14, end: 18, href: 'http://ok.example/' }]);
  });

  it('drops images and raw HTML tags, and the content of script and style', () => {
    const d = draft(
      '# T\n\nBefore ![a chart](https://cdn.example/x.png) after <b>bold</b> <script>alert(1)</script> end.\n\n<script>\nsteal()\n</script>\n\n<style>p{}</style>\n\n<div onclick="x()">block html</div>\n',
      'markdown',
    );
    expect(texts(d.blocks)).toEqual(['Before after bold end.', 'block html']);
  });

  it('decodes character references and keeps code as text', () => {
    const d = draft('# T\n\nFish &amp; chips &mdash; &#8220;cheap&#8221; &copy; `a<b && c`\n\n```\nconst x = 1;\n```', 'markdown');
    expect(texts(d.blocks)).toEqual(['Fish & chips — “cheap” © a<b && c', 'const x = 1;']);
  });

  it('turns table rows into paragraphs', () => {
    const d = draft('# T\n\n| Year | Deaths |\n|---|---|\n| 2015 | 55,000 |\n', 'markdown');
    expect(texts(d.blocks)).toEqual(['Year · Deaths', '2015 · 55,000']);
  });

  it('is recognised by its headings, links, strong emphasis, quotes or fences', () => {
    expect(looksLikeMarkdown('# Title\n\ntext')).toBe(true);
    expect(looksLikeMarkdown('see [this](https://x.org)')).toBe(true);
    expect(looksLikeMarkdown('a **strong** claim')).toBe(true);
    expect(looksLikeMarkdown('> quoted')).toBe(true);
    expect(looksLikeMarkdown('Title\n\n- a list\n- of things\n\n5 * 3 = 15')).toBe(false);
  });
});

describe('an article from a draft', () => {
  it('uses the edited title and source, and its annotatable text is the title and the blocks', () => {
    const d = draft('Original title\n\nBody one.\n\nBody two.');
    const built = articleFromDraft(d, { title: '  Edited   title ', source: 'The Paper' });
    expect(built.ok).toBe(true);
    if (!built.ok) return;
    expect(built.value).toMatchObject({ id: d.id, iri: `urn:marginalia:article:${d.id}`, title: 'Edited title', source: { name: 'The Paper' } });
    expect(articleText(built.value)).toBe('Edited title\n\nBody one.\n\nBody two.');
    // What is stored reads back through the same checks as a shipped article.
    expect(parseArticle(JSON.parse(JSON.stringify(built.value)))).toEqual({ ok: true, value: built.value });
  });

  it('refuses an emptied title and drops an emptied source', () => {
    const d = draft('Original title\n\nBody.');
    expect(articleFromDraft(d, { title: '   ', source: '' })).toEqual({ ok: false, error: expect.stringMatching(/Give the article a title/) });
    const built = articleFromDraft(d, { title: 'T', source: '  ' });
    expect(built.ok && built.value.source).toBe(undefined);
  });

  it('names files readably', () => {
    expect(titleFromFileName('/tmp/my_article-draft.final.md')).toBe('my article draft.final');
    expect(titleFromFileName('.md')).toBe('Untitled article');
  });
});
