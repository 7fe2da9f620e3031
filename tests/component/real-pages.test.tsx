import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, describe, expect, it } from 'vitest';
import type { ArticleDraft } from '../../src/core/library/article-draft';
import { normalizeInput } from '../../src/core/library/normalize-text';
import { asDocument, extractArticle, formulaText } from '../../src/ui/library/extract-article';
import { draftFromExtraction } from '../../src/ui/library/reduce-html';
import { wordF1 } from '../support/word-f1';

const ROOT = join(__dirname, '../fixtures/real-pages');
const PAGES = readdirSync(ROOT, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

/** The page read as the app reads it: linkedom and Readability (the worker), then DOMPurify and our walker. */
async function readPage(name: string): Promise<ArticleDraft> {
  const html = readFileSync(join(ROOT, name, 'source.html'), 'utf8');
  const { document } = parseHTML(asDocument(normalizeInput(html)));
  const result = await draftFromExtraction(extractArticle(document as unknown as Document), `${name}.html`, async () => undefined);
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

/**
 * The words Firefox Reader View shows: the text of expected.html, with each formula picture read
 * as the formula it draws (its TeX alt text, as we show it), since both show the formula.
 */
function expectedText(name: string): string {
  const doc = new DOMParser().parseFromString(readFileSync(join(ROOT, name, 'expected.html'), 'utf8'), 'text/html');
  for (const img of Array.from(doc.querySelectorAll('img[src*="/media/math/render/"]'))) img.replaceWith(doc.createTextNode(` ${formulaText(img.getAttribute('alt') ?? '')} `));
  for (const el of Array.from(doc.querySelectorAll('p, div, li, h1, h2, h3, h4, h5, h6, td, th, figcaption, blockquote, br, pre'))) el.after(doc.createTextNode(' '));
  return doc.body.textContent ?? '';
}

const scores: Record<string, number> = {};
const details: Record<string, string> = {};

describe('real saved pages read like Firefox Reader View', () => {
  it.each(PAGES)('%s: word-level F1 against Readability’s own output at least 0.95, and the same title', async (name) => {
    const draft = await readPage(name);
    const meta = JSON.parse(readFileSync(join(ROOT, name, 'expected-metadata.json'), 'utf8')) as { title: string; dir: string | null };
    const { f1, precision, recall } = wordF1(draft.blocks.map((b) => b.text).join('\n'), expectedText(name));
    scores[name] = f1;
    details[name] = `precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}`;
    expect(f1).toBeGreaterThanOrEqual(0.95);
    // Each is an article Readability told apart from its page, so the dialog raises no doubt.
    expect(draft.wholePage).toBeUndefined();
    expect(draft.title).toBe(meta.title);
    if (meta.dir === 'rtl') expect(draft.dir).toBe('rtl');
  }, 30_000);

  afterAll(() => {
    const values = Object.values(scores).sort((a, b) => a - b);
    if (values.length === 0) return;
    const median = values[Math.floor(values.length / 2)] as number;
    console.log(`real pages: median F1 ${median.toFixed(4)}, lowest ${values[0]?.toFixed(4)}; ${Object.entries(scores).map(([n, f]) => `${n} ${f.toFixed(4)} (${details[n]})`).join(', ')}`);
  });
});
