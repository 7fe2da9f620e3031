import { describe, expect, it } from 'vitest';
import { markdownToPlainText } from '../../src/core/model/markdown-text';

describe('markdownToPlainText', () => {
  it('drops emphasis and code marks and keeps the words', () => {
    expect(markdownToPlainText('The figure is **not established**; _only_ `Lavrov` says so.')).toBe('The figure is not established; only Lavrov says so.');
  });

  it('reduces links and images to their text', () => {
    expect(markdownToPlainText('See [Reuters](https://www.reuters.com/x) and ![a chart](https://x.test/c.png).')).toBe('See Reuters and a chart.');
  });

  it('keeps paragraphs apart, list items on lines of their own, headings as plain lines', () => {
    expect(markdownToPlainText('# Why\n\nFirst point.\n\n- one\n- two & three')).toBe('Why\n\nFirst point.\n\n- one\n- two & three');
  });

  it('drops raw HTML tags, keeping their text, and decodes entities', () => {
    expect(markdownToPlainText('<b>bold</b> &amp; <script>alert(1)</script>done')).toBe('bold & alert(1)done');
  });

  it('is empty for an empty or blank note', () => {
    expect(markdownToPlainText('')).toBe('');
    expect(markdownToPlainText('  \n\n ')).toBe('');
  });

  it('gives a note the renderer would not format back as its own text, without lexing it', () => {
    const hostile = '*a _'.repeat(25_000);
    expect(markdownToPlainText(hostile)).toBe(hostile.trim());
    const deep = `${'>'.repeat(1_700)} deep`;
    expect(markdownToPlainText(deep)).toBe(deep);
  });
});
