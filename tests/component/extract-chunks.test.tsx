import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { asDocument, CHUNK_CHARS, extractArticle } from '../../src/ui/library/extract-article';

const paragraphs = Array.from({ length: 9_000 }, (_, i) => `<p>Paragraph ${i + 1} of the long report: the committee heard <em>evidence</em> about item ${i + 1} from three witnesses.</p>`);
const PAGE = `<html><head><title>The long report</title></head><body><div id="page"><h1>The long report</h1>${paragraphs.join('\n')}</div></body></html>`;

describe('a big page chosen in the worker', () => {
  it('comes back in chunks of about CHUNK_CHARS, so the page sanitizes one chunk per task, with every paragraph kept', () => {
    // As the worker reads it: linkedom, whose elements made by Readability are named `DIV`.
    const { document } = parseHTML(asDocument(PAGE));
    const extraction = extractArticle(document as unknown as Document);
    expect(extraction.found).toBe(true);
    const total = extraction.chunks.reduce((sum, c) => sum + c.length, 0);
    expect(extraction.chunks.length).toBeGreaterThanOrEqual(Math.floor(total / CHUNK_CHARS));
    for (const chunk of extraction.chunks) expect(chunk.length).toBeLessThan(CHUNK_CHARS + 1_000);
    expect(extraction.chunks.join('').match(/<p>/g)).toHaveLength(9_000);
  });
});
