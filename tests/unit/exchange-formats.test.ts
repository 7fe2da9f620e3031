import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ParsedImport } from '../../src/core/exchange/import-types';
import { parseImport, parseImportText } from '../../src/core/exchange/parse-import';
import { planImport } from '../../src/core/exchange/plan-import';
import { serializeW3CCollection, serializeW3CParts, toW3CAnnotation, toW3CCollection } from '../../src/core/exchange/w3c';
import { article, current, everyKind, NOW } from '../fixtures/imports/annotations';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/imports/${name}`, import.meta.url), 'utf8');

function parsed(text: string): ParsedImport {
  const result = parseImportText(text, { now: NOW });
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

const GLOBAL_RESEARCH = 'https://www.globalresearch.ca/washington-asked-moscow-to-stop-attacking-al-nusra-terrorists-aka-moderate-al-qaeda-in-syria/5527469';

describe('Importing our own W3C JSON-LD export', () => {
  const annotations = everyKind();
  const exported = serializeW3CCollection(article, annotations, NOW);

  it('writes the same file in parts (as downloads are made) as in one text, whatever the order given', () => {
    const parts = serializeW3CParts(article, [...annotations].reverse(), NOW);
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.join('')).toBe(exported);
    expect(serializeW3CParts(article, [], NOW).join('')).toBe(serializeW3CCollection(article, [], NOW));
  });

  it('reads an AnnotationCollection back into the very annotations that were exported', () => {
    const result = parsed(exported);
    expect(result.format).toBe('marginalia');
    expect(result.items.map((i) => i.annotation)).toEqual(annotations);
    expect(result.items.every((i) => i.articleKnown && i.positionKnown)).toBe(true);
    expect(result.skipped).toEqual([]);
    expect(result.notices).toEqual([]);
  });

  it('reads an export written before issue #5, indented throughout, into the same annotations as a new one', () => {
    // Written by serializeW3CCollection at commit 795eb03 from everyKind(), exported at NOW.
    const old = fixture('marginalia-indented-export.jsonld');
    expect(old).toContain('    "items": [\n      {\n        "@context": [\n');
    const result = parsed(old);
    expect(result.format).toBe('marginalia');
    expect(result.items.map((i) => i.annotation)).toEqual(annotations);
    expect(parsed(exported)).toEqual(result);
    expect(JSON.parse(exported)).toEqual(JSON.parse(old));
  });

  it('reads an AnnotationPage, a list of annotations and a single annotation alike', () => {
    const collection = toW3CCollection(article, annotations, NOW);
    const page = collection.first;
    const list = annotations.map(toW3CAnnotation);
    for (const input of [page, list]) {
      const result = parseImport(JSON.parse(JSON.stringify(input)), { now: NOW });
      expect(result.ok && result.value.items.map((i) => i.annotation)).toEqual(annotations);
    }
    const one = parseImport(JSON.parse(JSON.stringify(list[2])), { now: NOW });
    expect(one.ok && one.value.items.map((i) => i.annotation)).toEqual([annotations[2]]);
  });

  it('names the article of another export by the title the file gives', () => {
    const elsewhere = { ...article, id: 'another-article', iri: 'urn:marginalia:article:another-article', title: 'Another article' };
    const moved = annotations.map((a) => ({ ...a, target: { ...a.target, articleId: elsewhere.id, source: elsewhere.iri } }));
    const plan = planImport(parsed(serializeW3CCollection(elsewhere, moved, NOW)), new Map(), current);
    expect(plan.added).toBe(0);
    expect(plan.otherArticles).toEqual([{ articleId: 'another-article', label: 'Another article', count: 4 }]);
    expect(plan.toWrite.map((a) => a.target.articleId)).toEqual(Array(4).fill('another-article'));
  });

  it('refuses an export from a newer format version, saying to update', () => {
    const newer = { ...toW3CCollection(article, annotations, NOW), 'mg:formatVersion': 99 };
    const result = parseImport(newer, { now: NOW });
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/newer Marginalia \(format 99\).*Update Marginalia/) });
  });
});

describe('Importing W3C annotations written by other tools', () => {
  const result = parsed(fixture('other-tool-w3c.jsonld'));
  const byId = new Map(result.items.map((i) => [i.annotation.id, i]));

  it('reads the verdict from an assessing body with a verdict label, tags from tagging bodies, evidence from links and IRIs', () => {
    expect(result.format).toBe('w3c');
    const checked = byId.get('https://annotations.example.org/anno/1')?.annotation;
    expect(checked?.verdict).toBe('false');
    expect(checked?.tags).toEqual(['casualties', 'UN']);
    expect(checked?.evidence).toEqual([{ url: 'https://www.un.org/press/en/2016/sc12345.doc.htm' }, { url: 'https://example.com/evidence-page' }]);
    // HTML is kept as the text it is: never parsed, never run (the preview says so).
    expect(checked?.note).toBe('<p>The UN envoy said <em>400,000</em> in April 2016.</p>');
    expect(result.notices).toContain('1 annotation contains HTML or script markup. It is kept as plain text and never run.');
  });

  it('normalises dates with a time zone offset to UTC with Z', () => {
    const checked = byId.get('https://annotations.example.org/anno/1')?.annotation;
    expect(checked?.created).toBe('2026-03-01T09:00:00.000Z');
    expect(checked?.modified).toBe('2026-03-02T09:00:00.250Z');
    // Only `created`: it is also the modified time.
    expect(byId.get('https://annotations.example.org/anno/2')?.annotation.modified).toBe('2026-03-03T08:00:00.000Z');
  });

  it('takes the note from bodyValue, and keeps an assessment that is not a verdict in the note', () => {
    expect(byId.get('https://annotations.example.org/anno/2')?.annotation.note).toBe('Loaded phrase: whose label is this?');
    const unknown = byId.get('https://annotations.example.org/anno/4')?.annotation;
    expect(unknown?.verdict).toBeNull();
    expect(unknown?.note).toBe('Pants on fire');
    expect(result.notices).toContain('1 assessment does not match a verdict of this app; the text is kept in the note instead.');
  });

  it('matches targets to the open article by IRI; a quote without a position is found in it', () => {
    const plan = planImport(result, new Map(), current);
    expect(plan.added).toBe(3);
    const quoteOnly = plan.toWrite.find((a) => a.id === 'https://annotations.example.org/anno/2');
    expect(quoteOnly?.target.articleId).toBe(article.id);
    expect(quoteOnly?.target.position).toEqual({ type: 'TextPositionSelector', start: 2007, end: 2025 });
    expect(plan.otherArticles).toEqual([{ articleId: 'https://news.example.com/another-article', label: 'https://news.example.com/another-article', count: 1 }]);
    expect(plan.skipped).toEqual([{ reason: 'page-note', text: 'notes on a whole page, not on a passage', count: 1 }]);
  });
});

describe('Importing a Hypothesis JSON export', () => {
  const result = parsed(fixture('hypothesis-export.json'));

  it('reads notes, tags, dates and quote selectors, skipping replies and page notes', () => {
    expect(result.format).toBe('hypothesis');
    expect(result.skipped.sort()).toEqual(['page-note', 'reply']);
    const [note, highlight] = result.items.map((i) => i.annotation);
    expect(note).toMatchObject({
      id: 'https://hypothes.is/a/Hx7aQk1mEe-8Yq2m',
      note: "Lavrov's own words? Check the **TASS** transcript.",
      tags: ['attribution', 'Russia'],
      verdict: null,
      evidence: [],
      created: '2026-04-01T09:00:00.000Z',
      modified: '2026-04-02T10:30:00.500Z',
      target: { source: GLOBAL_RESEARCH, quote: { exact: 'normal' }, position: { start: 1830, end: 1836 } },
    });
    expect(highlight?.note).toBe('');
  });

  it('belongs to another article unless the open one is known by the page address; then it anchors here', () => {
    const elsewhere = planImport(result, new Map(), current);
    expect(elsewhere.added).toBe(0);
    expect(elsewhere.otherArticles).toEqual([{ articleId: GLOBAL_RESEARCH, label: `Washington Asked Moscow to Stop Attacking al Nusra Terrorists | Global Research (${GLOBAL_RESEARCH})`, count: 1 }]);
    // The highlight carries only a quote, so its place can only be found in the open article.
    expect(elsewhere.skipped).toContainEqual({ reason: 'no-position-elsewhere', text: 'a quote without a position, on another article: open that article and import the file there', count: 1 });

    const here = planImport(result, new Map(), { ...current, iris: [article.iri, GLOBAL_RESEARCH] });
    expect(here.added).toBe(2);
    expect(here.otherArticles).toEqual([]);
    expect(here.toWrite.every((a) => a.target.articleId === article.id)).toBe(true);
    expect(here.toWrite[1]?.target.position).toEqual({ type: 'TextPositionSelector', start: 2409, end: 2427 });
  });

  it('updates what an earlier import of the same export stored, by the same id', () => {
    const first = planImport(result, new Map(), { ...current, iris: [GLOBAL_RESEARCH] });
    const stored = new Map(first.toWrite.map((a) => [a.id, a.modified]));
    const again = planImport(result, stored, { ...current, iris: [GLOBAL_RESEARCH] });
    expect(again.toWrite).toEqual([]);
    expect(again.skipped).toContainEqual({ reason: 'unchanged', text: 'already stored, unchanged', count: 2 });
  });
});

describe('Importing Hypothesis API search results ({total, rows})', () => {
  const exported = JSON.parse(fixture('hypothesis-export.json')) as { annotations: unknown[] };
  const searchResults = JSON.stringify({ total: exported.annotations.length, rows: exported.annotations });

  it('reads the rows as the client export’s annotations, with the document’s title and address', () => {
    const fromSearch = parsed(searchResults);
    const fromExport = parsed(fixture('hypothesis-export.json'));
    expect(fromSearch.format).toBe('hypothesis');
    expect(fromSearch.items).toEqual(fromExport.items);
    expect(fromSearch.skipped.sort()).toEqual(['page-note', 'reply']);
    expect(fromSearch.items[0]?.articleLabel).toContain(GLOBAL_RESEARCH);
  });

  it('says so when there are no rows, or rows is not a list', () => {
    expect(parseImportText(JSON.stringify({ total: 0, rows: [] }), { now: NOW })).toEqual({ ok: false, error: 'The Hypothesis search results hold no annotations (“rows” is empty).' });
    const wrong = parseImportText(JSON.stringify({ total: 1, rows: 'x' }), { now: NOW });
    expect(wrong.ok).toBe(false);
    expect(!wrong.ok && wrong.error).toMatch(/^The Hypothesis search results/);
  });
});
