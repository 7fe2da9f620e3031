import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderNoteMarkdown } from '../../src/ui/markdown/render-markdown';

/*
 * Property: whatever nesting a note holds, the renderer answers (formatted HTML no deeper than
 * the limit, or the note's own text) and never throws. Generated from the pieces that make
 * Markdown parsers recurse: quote and list markers, indentation, emphasis, brackets, code.
 */

const PIECES = ['>', '> ', '- ', '* ', '+ ', '1. ', '2) ', '  ', '    ', '*', '_', '**', '__', '~~', '[', ']', '(', ')', '](https://e.org)', '`', '```', 'x', 'word ', '\n', '|', '# ', '<b>', '&amp;'];

const pieces = fc.array(fc.constantFrom(...PIECES), { maxLength: 3000 }).map((p) => p.join(''));

/** One prefix repeated (deep nesting on one line), then text. */
const repeated = fc.tuple(fc.constantFrom('>', '> ', '- ', '* ', '1. ', '*', '_', '[', '**', '> - ', '- > ', '  '), fc.integer({ min: 1, max: 2500 })).map(([p, n]) => `${p.repeat(n)}x${n % 2 ? '' : p.split('').reverse().join('').repeat(n)}`);

/** A list indented one level further on each line. */
const staircase = fc.tuple(fc.integer({ min: 1, max: 400 }), fc.constantFrom('- ', '1. ', '> ', '* ')).map(([n, marker]) => Array.from({ length: n }, (_, i) => `${' '.repeat(i * 2)}${marker}a`).join('\n'));

function depthOf(node: Element): number {
  let deepest = 0;
  for (const child of Array.from(node.children)) deepest = Math.max(deepest, depthOf(child));
  return deepest + 1;
}

describe('renderNoteMarkdown on generated deep nesting', () => {
  it('never throws, and formats only within the depth limit; otherwise it keeps the text as it is', () => {
    fc.assert(
      fc.property(fc.oneof(pieces, repeated, staircase), (markdown) => {
        const note = renderNoteMarkdown(markdown);
        if (note.kind === 'text') {
          expect(note.text).toBe(markdown);
          return;
        }
        const host = document.createElement('div');
        host.innerHTML = note.html;
        // The host itself is one level; the limit is on the note's elements.
        expect(depthOf(host) - 1).toBeLessThanOrEqual(36);
      }),
      { numRuns: 150 },
    );
  });
});
