import { describe, expect, it } from 'vitest';
import { articleText } from '../../src/core/model/article';
import { parseArticle } from '../../src/core/model/parse-article';

const base = { id: 'h-1', iri: 'urn:marginalia:article:h-1', title: 'T' };

describe('articles with lists and inline marks', () => {
  it('reads list items (ordered or not) and emphasis and link marks back', () => {
    const input = {
      ...base,
      blocks: [
        { kind: 'list-item', ordered: true, text: 'first' },
        { kind: 'list-item', text: 'second' },
        { kind: 'paragraph', text: 'See the report.', marks: [{ kind: 'em', start: 4, end: 7 }, { kind: 'link', start: 8, end: 14, href: 'https://example.org/' }] },
      ],
    };
    const parsed = parseArticle(input);
    expect(parsed).toEqual({
      ok: true,
      value: {
        ...base,
        blocks: [
          { kind: 'list-item', ordered: true, text: 'first' },
          { kind: 'list-item', ordered: false, text: 'second' },
          input.blocks[2],
        ],
      },
    });
    // Marks style the text; they never change it.
    expect(parsed.ok && articleText(parsed.value)).toBe('T\n\nfirst\n\nsecond\n\nSee the report.');
  });

  it('refuses marks outside their text, of unknown kinds, or links that are not http(s)', () => {
    const withMarks = (marks: unknown) => parseArticle({ ...base, blocks: [{ kind: 'paragraph', text: 'abc', marks }] });
    for (const marks of [
      [{ kind: 'em', start: 0, end: 4 }],
      [{ kind: 'em', start: 2, end: 2 }],
      [{ kind: 'em', start: -1, end: 1 }],
      [{ kind: 'script', start: 0, end: 1 }],
      [{ kind: 'link', start: 0, end: 1, href: 'javascript:alert(1)' }],
      [{ kind: 'link', start: 0, end: 1 }],
      'em',
    ]) {
      expect(withMarks(marks)).toEqual({ ok: false, error: 'Block 1 of the article has emphasis or a link outside its text.' });
    }
  });
});
