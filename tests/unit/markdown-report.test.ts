import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { escapeMarkdown, toMarkdownReport } from '../../src/core/exchange/markdown';
import { annotationOn, article } from './support/fact-checks';

const now = new Date('2026-05-01T12:00:00.000Z');

/** A fact-checker's work on the shipped article, made out of document order. */
function session() {
  return [
    annotationOn('Since March, al-Nusra Front has recruited 3,000 new militants', {
      verdict: 'unverified',
      note: 'The Syrian Observatory for Human Rights is a *single* source; AP only relays it.',
      tags: ['figures', 'sourcing'],
      claim: { summary: 'Al-Nusra recruited 3,000 fighters since March', claimant: 'Syrian Observatory for Human Rights', scope: 'substance' },
      evidence: [{ url: 'https://apnews.com/article/syria-nusra-recruits', title: 'AP: Nusra recruits (May 2016)', stance: 'context' }],
    }),
    annotationOn('The United States has asked Russia to stop conducting airstrikes against the al-Nusra Front terrorists in Syria', {
      verdict: 'accurate',
      note: 'Lavrov did say this on 27 May 2016.',
      claim: { claimant: 'Sergey Lavrov', scope: 'attribution' },
      evidence: [{ url: 'https://www.mid.ru/en/press_service/minister_speeches', stance: 'supports' }, { url: 'https://en.wikipedia.org/wiki/Al-Nusra_Front_(disambiguation)' }],
    }),
    annotationOn('Takfiri terrorist group', { verdict: 'loaded-language', tags: ['wording'] }),
    annotationOn('over 400,000 people have been killed in the conflict', { note: 'De Mistura, April 2016.' }),
    annotationOn("Foreign Minister Sergey Lavrov of Russia answers journalists' questions", {}, 0),
  ];
}

describe('toMarkdownReport', () => {
  it('writes a stable report: title, source, summary, then each passage in document order', () => {
    expect(toMarkdownReport(article, session(), now)).toMatchSnapshot();
  });

  it('lists the passages in document order with their verdicts', () => {
    const report = toMarkdownReport(article, session(), now);
    const headings = report.split('\n').filter((l) => l.startsWith('### '));
    expect(headings).toEqual(['### 1. ✓ Accurate', '### 2. Highlight', '### 3. ⚑ Loaded language', '### 4. ? Unverified', '### 5. Note']);
  });

  it('counts claims as the Scorecard does: Opinion and Loaded language are said apart, not counted as claims', () => {
    const report = toMarkdownReport(article, [...session(), annotationOn('a top priority', { verdict: 'opinion' })], now);
    const summary = report.slice(report.indexOf('## Summary'), report.indexOf('## Annotations'));
    expect(summary).toContain('6 annotations, 2 of them claims checked.');
    expect(summary).toContain('| ✓ Accurate | 1 |\n| ? Unverified | 1 |');
    expect(summary).not.toMatch(/\| ⚑ Loaded language|\| ❝ Opinion/);
    expect(summary).toContain('Not counted as claims: ❝ Opinion 1, ⚑ Loaded language 1 (they judge wording or opinion, not facts).');
    expect(toMarkdownReport(article, [annotationOn('Takfiri terrorist group', { verdict: 'loaded-language' })], now)).toContain('1 annotation, 0 of them claims checked.');
  });

  it('names the article by its web address, never by an internal urn: id', () => {
    expect(toMarkdownReport(article, [], now)).not.toContain('urn:');
    const atAddress = { ...article, iri: 'https://example.org/story', source: { name: 'Example' } };
    expect(toMarkdownReport(atAddress, [], now)).toContain('**Article:** <https://example.org/story>');
    // The same address as the source's is said once, on the source line.
    const sameAsSource = { ...atAddress, source: { name: 'Example', url: 'https://example.org/story' } };
    expect(toMarkdownReport(sameAsSource, [], now).match(/example\.org\/story/g)).toHaveLength(1);
  });

  it('says so when nothing is annotated', () => {
    const report = toMarkdownReport(article, [], now);
    expect(report).toContain('0 annotations, 0 of them claims checked.');
    expect(report).toContain('No passage of this article has been annotated yet.');
  });

  it('keeps quotes, tags, claim details and source titles as text: no links, images or HTML come out of them', async () => {
    const evil = annotationOn('Lavrov said', {
      verdict: 'false',
      tags: ['<img src=x onerror=alert(1)>', '**bold**'],
      claim: { summary: '[click](javascript:alert(1))', claimant: '# Heading' },
      evidence: [{ url: 'https://example.org/a(b)', title: '](javascript:alert(1)) <script>x</script>' }, { url: 'javascript:alert(1)' }],
    });
    const hostileArticle = { ...article, title: 'Title <b>with</b> [a](https://evil.example) & _emphasis_' };
    const quoted = { ...evil, target: { ...evil.target, quote: { ...evil.target.quote, exact: '> not a quote\n# not a heading\n1. not a list\n![img](https://x.example/i.png)' } } };
    const html = await marked.parse(toMarkdownReport(hostileArticle, [quoted], now));
    expect(html).not.toMatch(/<img|<script|<b>|javascript:alert\(1\)"|href="javascript/i);
    // The only link with a text of its own is the titled evidence; a bare address in a quote may be
    // linked by the renderer, but then it shows where it leads. The stored javascript: URL stays text.
    const links = [...html.matchAll(/<a href="([^"]*)"[^>]*>([^<]*)<\/a>/g)].map((m) => ({ href: m[1], text: m[2] }));
    expect(links.filter((l) => l.href !== l.text)).toEqual([{ href: 'https://example.org/a%28b%29', text: '](javascript:alert(1)) &lt;script&gt;x&lt;/script&gt;' }]);
    expect(links.length).toBeGreaterThan(1);
    expect(html.replace(/<a [^>]*>|<\/a>/g, '')).toContain('<h1>Fact-check report: Title &lt;b&gt;with&lt;/b&gt; [a](https://evil.example) &amp; _emphasis_</h1>');
    expect(html).not.toMatch(/<h1>[^<]*not a heading|<ol>/);
  });

  it('keeps the note as Markdown, as the reader wrote it', () => {
    const a = annotationOn('Lavrov said', { note: 'See **the transcript**, [MID](https://www.mid.ru/).' });
    expect(toMarkdownReport(article, [a], now)).toContain('See **the transcript**, [MID](https://www.mid.ru/).');
  });
});

describe('escapeMarkdown', () => {
  it('escapes inline syntax everywhere and block markers at the start of a line only', () => {
    expect(escapeMarkdown('a *b* _c_ `d` [e](f) <g> & h|i ~j~')).toBe('a \\*b\\* \\_c\\_ \\`d\\` \\[e\\](f) \\<g\\> \\& h\\|i \\~j\\~');
    expect(escapeMarkdown('# x\n- y\n+ z\n2016. was\n  > q\nsecond - dash')).toBe('\\# x\n\\- y\n\\+ z\n2016\\. was\n\\> q\nsecond - dash');
  });
});

describe('a note in the report', () => {
  const headingsOf = (markdown: string) => {
    const out: string[] = [];
    marked.walkTokens(marked.lexer(markdown), (t) => {
      if (t.type === 'heading') out.push(`${'#'.repeat(t.depth)} ${t.text}`);
    });
    return out;
  };

  it('cannot forge a section, a rule or a code fence, even inside a quote or a list', () => {
    const a = annotationOn('Lavrov said', {
      note: 'Fine.\n### 99. ✓ Accurate\nFake\n===\n> ## quoted heading\n- # listed heading\n---\n```\nswallow the rest',
      verdict: 'false',
    });
    const report = toMarkdownReport(article, [a], now);
    expect(headingsOf(report).map((h) => h.replace(/\\/g, ''))).toEqual([`# Fact-check report: ${article.title}`, '## Summary', '## Annotations', '### 1. ✗ False']);
    expect(marked.lexer(report).some((t) => t.type === 'code')).toBe(false);
  });

  it('names who checked it, from Publishing details, linked to their home page', async () => {
    const report = toMarkdownReport(article, [], now, { type: 'Organization', name: 'Desk  One', url: 'https://desk.example/' });
    expect(report.split('\n')).toContain('**Checked by:** [Desk One](https://desk.example/)  ');
    expect(await marked.parse(report)).toContain('<strong>Checked by:</strong> <a href="https://desk.example/">Desk One</a>');
    expect(toMarkdownReport(article, [], now, { type: 'Person', name: '  ' })).not.toContain('Checked by');
  });

  it('cannot be forged by the name of who checked it', async () => {
    const report = toMarkdownReport(article, [], now, { type: 'Organization', name: '## Desk [x](javascript:alert(1)) <b>', url: 'javascript:alert(1)' });
    const html = await marked.parse(report);
    expect(html).not.toMatch(/href="javascript|<b>/);
    expect(headingsOf(report).map((h) => h.replace(/\\/g, ''))).toEqual([`# Fact-check report: ${article.title}`, '## Summary', '## Annotations']);
  });

  it('carries no raw HTML into a renderer that does not sanitize', async () => {
    const a = annotationOn('Lavrov said', { note: 'Look: <img src=x onerror=alert(1)> and <script>alert(1)</script>' });
    const html = await marked.parse(toMarkdownReport(article, [a], now));
    expect(html).not.toMatch(/<img|<script/);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});
