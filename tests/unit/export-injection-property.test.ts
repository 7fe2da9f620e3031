import fc from 'fast-check';
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { serializeBackup } from '../../src/core/exchange/backup';
import { claimReviewReadiness } from '../../src/core/exchange/claim-review';
import { toClaimReviewMarkupPage } from '../../src/core/exchange/claim-review-markup';
import { toMarkdownReport } from '../../src/core/exchange/markdown';
import { stringifyForHtml } from '../../src/core/exchange/safe-json';
import { serializeW3CCollection } from '../../src/core/exchange/w3c';
import type { Annotation } from '../../src/core/model/annotation';
import { annotationOn, article } from './support/fact-checks';

/*
 * Property: whatever a note, a quote or a name holds, no JSON export contains `</script` (or any
 * `<` at all) and the Markdown report has exactly its own headings.
 */

const now = new Date('2026-05-01T12:00:00.000Z');
const hostile = fc.oneof(
  fc.string({ maxLength: 60 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.constantFrom('</script><script>alert(1)</script>', '</SCRIPT >', '<!--', '-->', '\u2028\u2029', '### 99. ✓ Accurate', 'x\n===', '```', '> # h', '- ## h', '<img src=x onerror=alert(1)>', '&lt;/script&gt;'),
);
const piece = fc.array(hostile, { minLength: 1, maxLength: 3 }).map((parts) => parts.join('\n'));
const base = annotationOn('Lavrov said', { verdict: 'false' });

const annotationWith = (note: string, quote: string, name: string, tag: string): Annotation => ({
  ...base,
  note,
  tags: tag.trim() ? [tag.trim()] : [],
  // A passage is never empty: an empty quote with an empty name has no claim to review.
  target: { ...base.target, quote: { ...base.target.quote, exact: quote.trim() ? quote : `x${quote}`, prefix: name, suffix: note } },
  claim: { summary: name.slice(0, 75), claimant: name },
  evidence: [{ url: 'https://example.org/a', title: name, stance: 'refutes' }],
  author: { name },
});

function headings(markdown: string): string[] {
  const out: string[] = [];
  marked.walkTokens(marked.lexer(markdown), (t) => {
    if (t.type === 'heading') out.push(`h${t.depth}`);
  });
  return out;
}

describe('exports against injection', () => {
  it('no JSON export holds a raw </script (or any <, >, &, U+2028, U+2029)', () => {
    fc.assert(
      fc.property(piece, piece, piece, piece, (note, quote, name, tag) => {
        const a = annotationWith(note, quote, name, tag);
        const titled = { ...article, title: name || 'x', source: { name: name || 'x', republishedBy: name, url: 'https://example.org/' } };
        const context = { now, publisher: { type: 'Organization' as const, name: `${name}x` }, reportUrl: 'https://example.org/report' };
        const ready = claimReviewReadiness(titled, [a], context);
        expect(ready.ok).toBe(true);
        if (!ready.ok) return;
        const outputs = [
          serializeW3CCollection(titled, [a], now),
          stringifyForHtml(ready.document, 2),
          stringifyForHtml(toClaimReviewMarkupPage(ready.document, context.reportUrl, now), 2),
          serializeBackup([{ ...titled, added: now.toISOString() }], [a], now),
        ];
        for (const text of outputs) {
          expect(text.toLowerCase()).not.toContain('</script');
          expect(text).not.toMatch(/[<>&\u2028\u2029]/);
          expect(() => JSON.parse(text)).not.toThrow();
        }
        // The escapes are JSON's own: parsed back, the note is what was written.
        const items = (JSON.parse(outputs[0] as string) as { first: { items: Array<{ body: Array<{ purpose: string; value?: string }> }> } }).first.items;
        expect(items[0]?.body.find((b) => b.purpose === 'commenting')?.value ?? '').toBe(note);
      }),
      { numRuns: 300 },
    );
  });

  it('the Markdown report has exactly its own headings, whatever a note, quote, tag or name holds', () => {
    fc.assert(
      fc.property(piece, piece, piece, piece, (note, quote, name, tag) => {
        const a = annotationWith(note, quote, name, tag);
        const report = toMarkdownReport({ ...article, title: name || 'x', source: { name: name || 'x' } }, [a, { ...a, id: `${a.id}-2`, verdict: null }], now);
        expect(headings(report)).toEqual(['h1', 'h2', 'h2', 'h3', 'h3']);
      }),
      { numRuns: 150 },
    );
  });
});
