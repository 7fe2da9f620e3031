import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { stringifyForHtml } from '../../src/core/exchange/safe-json';
import { exportOrder, serializeW3CCollection, toW3CAnnotation, toW3CCollection } from '../../src/core/exchange/w3c';
import type { Annotation } from '../../src/core/model/annotation';
import { listAnnotations, putAnnotation } from '../../src/storage/annotations';
import { createDb } from '../../src/storage/db';
import { checkCollection } from '../support/wpt-validator';
import { article, current, everyKind, NOW } from '../fixtures/imports/annotations';
import { importText } from '../fixtures/imports/pipeline';

let dbCount = 0;
/** An empty browser profile: a database nobody has written to. */
const freshDb = () => createDb(`exchange-roundtrip-${++dbCount}`);

/** Exports `annotations` from one profile, imports the file into a fresh one, and exports that again. */
async function roundTrip(annotations: Annotation[]) {
  const source = freshDb();
  for (const a of annotations) await putAnnotation(source, a);
  const first = serializeW3CCollection(article, await listAnnotations(source, article.id), NOW);
  const target = freshDb();
  const imported = await importText(target, first);
  if (!imported.ok) throw new Error(imported.error);
  const stored = await listAnnotations(target, article.id);
  const second = serializeW3CCollection(article, stored, NOW);
  return { first, second, imported, stored };
}

const KINDS = ['highlight', 'note', 'fact-check with evidence, tags and claim', 'orphaned'] as const;

describe('Export, import into an empty profile, export again', () => {
  it.each(KINDS.map((kind, i) => [kind, i] as const))('gives back the same %s, byte for byte', async (_kind, i) => {
    const annotation = everyKind()[i] as Annotation;
    const { first, second, imported, stored } = await roundTrip([annotation]);
    expect(second).toBe(first);
    expect(stored).toEqual([annotation]);
    expect(imported.plan).toMatchObject({ added: 1, updated: 0, otherArticles: [], skipped: [] });
  });

  it('gives back every kind together, with ids, targets, bodies and dates unchanged', async () => {
    const { first, second, stored } = await roundTrip(everyKind());
    expect(second).toBe(first);
    expect(stored.sort((a, b) => a.id.localeCompare(b.id))).toEqual(everyKind());
    expect(checkCollection(JSON.parse(first))).toEqual([]);
  });

  it('round-trips annotations of several articles, a claim without a scope and astral characters', async () => {
    const [highlight, note, factCheck] = everyKind() as [Annotation, Annotation, Annotation];
    const odd: Annotation[] = [
      { ...note, note: '𝔘𝔫𝔦𝔠𝔬𝔡𝔢 notes 👩‍👩‍👧 and\r\nCRLF lines\ttabbed' },
      { ...factCheck, claim: { claimant: 'Sergey Lavrov' }, evidence: [{ url: 'https://example.org/a', title: '' }] },
      highlight,
    ];
    const { first, second, stored } = await roundTrip(odd);
    expect(second).toBe(first);
    expect(stored.find((a) => a.id === note.id)?.note).toBe(odd[0]?.note);
    expect(stored.find((a) => a.id === factCheck.id)?.claim).toEqual({ claimant: 'Sergey Lavrov' });
  });

  it('gives back each annotation’s author, written as its W3C creator', async () => {
    const [highlight, note] = everyKind() as [Annotation, Annotation];
    const { first, second, stored } = await roundTrip([{ ...highlight, author: { name: 'Ana Lima' } }, note]);
    expect(second).toBe(first);
    expect(stored.find((a) => a.id === highlight.id)?.author).toEqual({ name: 'Ana Lima' });
    expect(stored.find((a) => a.id === note.id)).not.toHaveProperty('author');
    expect(checkCollection(JSON.parse(first))).toEqual([]);
  });

  it('imports the same file twice without adding copies', async () => {
    const db = freshDb();
    const file = serializeW3CCollection(article, everyKind(), NOW);
    await importText(db, file);
    const again = await importText(db, file);
    expect(again.ok && again.plan).toMatchObject({ added: 0, updated: 0, toWrite: [], skipped: [{ reason: 'unchanged', count: 4 }] });
    expect(await db.annotations.count()).toBe(4);
  });
});

describe('Files from other tools, once imported', () => {
  it.each([['other-tool-w3c.jsonld'], ['hypothesis-export.json']])('export as valid W3C (%s) and come back unchanged from our own export', async (name) => {
    const db = freshDb();
    const file = readFileSync(new URL(`../fixtures/imports/${name}`, import.meta.url), 'utf8');
    const hypothesisPage = 'https://www.globalresearch.ca/washington-asked-moscow-to-stop-attacking-al-nusra-terrorists-aka-moderate-al-qaeda-in-syria/5527469';
    const here = { ...current, iris: [article.iri, hypothesisPage] };
    const imported = await importText(db, file, here);
    if (!imported.ok) throw new Error(imported.error);
    const first = serializeW3CCollection(article, await listAnnotations(db, article.id), NOW);
    expect(JSON.parse(first).total).toBeGreaterThan(0);
    expect(checkCollection(JSON.parse(first))).toEqual([]);
    const again = freshDb();
    await importText(again, first, here);
    expect(serializeW3CCollection(article, await listAnnotations(again, article.id), NOW)).toBe(first);
  });
});

describe('Exports are deterministic', () => {
  it('give the same bytes for the same annotations, whatever order they are stored or listed in', () => {
    const annotations = everyKind();
    const reversed = [...annotations].reverse();
    const shuffled = [annotations[2], annotations[0], annotations[3], annotations[1]] as Annotation[];
    const bytes = serializeW3CCollection(article, annotations, NOW);
    expect(serializeW3CCollection(article, reversed, NOW)).toBe(bytes);
    expect(serializeW3CCollection(article, shuffled, NOW)).toBe(bytes);
  });

  it('differ only in the export time when exported later', () => {
    const earlier = serializeW3CCollection(article, everyKind(), NOW);
    const later = serializeW3CCollection(article, everyKind(), new Date('2030-01-01T00:00:00.000Z'));
    expect(later.replace('"generated": "2030-01-01T00:00:00.000Z"', `"generated": "${NOW.toISOString()}"`)).toBe(earlier);
  });

  it('order annotations at the same place and time by id, and claims by a fixed key order', () => {
    const [a] = everyKind() as [Annotation];
    const twins = [
      { ...a, id: 'urn:uuid:b', claim: { scope: 'attribution' as const, claimant: 'X', summary: 'S' } },
      { ...a, id: 'urn:uuid:a', claim: { summary: 'S', claimant: 'X', scope: 'attribution' as const } },
    ];
    const text = serializeW3CCollection(article, twins, NOW);
    expect(text).toBe(serializeW3CCollection(article, [...twins].reverse(), NOW));
    const items = JSON.parse(text).first.items;
    expect(items.map((i: { id: string }) => i.id)).toEqual(['urn:uuid:a', 'urn:uuid:b']);
    expect(Object.keys(items[0]['mg:claim'])).toEqual(['summary', 'claimant', 'scope']);
    expect(Object.keys(items[1]['mg:claim'])).toEqual(['summary', 'claimant', 'scope']);
  });
});

describe('The export file’s layout', () => {
  // Text that looks like the file's own structure, inside the values: it must stay inside them.
  const LOOKALIKES = ['},{"@context":', '"items": []', '},\n      {"@context":', 'line\nbreaks\r\nand\u2028separators', 'back\\slash "quoted"'];
  /** 150 annotations (more than one batch of the writer), the look-alikes in their notes, tags, titles and quotes. */
  function many(): Annotation[] {
    return Array.from({ length: 150 }, (_, i) => {
      const base = everyKind()[i % 4] as Annotation;
      const odd = LOOKALIKES[i % LOOKALIKES.length] as string;
      return {
        ...base,
        id: `urn:uuid:00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
        note: i % 3 === 0 ? '' : `${odd} ${i}`,
        tags: i % 5 === 0 ? [odd] : base.tags,
        evidence: base.evidence.map((e) => ({ ...e, title: odd })),
        target: { ...base.target, quote: { ...base.target.quote, suffix: odd } },
      };
    });
  }

  it('indents the collection and writes each annotation, in document order, compact on a line of its own', () => {
    const annotations = many();
    const odd = { ...article, title: `${LOOKALIKES[0]} ${LOOKALIKES[1]}` };
    const text = serializeW3CCollection(odd, annotations, NOW);
    const ordered = [...annotations].sort(exportOrder);
    const lines = text.split('\n');
    const first = lines.indexOf('    "items": [');
    expect(lines.slice(0, 2)).toEqual(['{', '  "@context": [']);
    expect(lines.slice(first + 1, first + 1 + ordered.length)).toEqual(ordered.map((a, i) => `      ${stringifyForHtml(toW3CAnnotation(a))}${i < ordered.length - 1 ? ',' : ''}`));
    expect(lines.slice(first + 1 + ordered.length)).toEqual(['    ]', '  }', '}', '']);
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(toW3CCollection(odd, ordered, NOW))));
    expect(checkCollection(JSON.parse(text))).toEqual([]);
  });

  it('writes an export without annotations as the indented collection alone', () => {
    expect(serializeW3CCollection(article, [], NOW)).toBe(`${stringifyForHtml(toW3CCollection(article, [], NOW), 2)}\n`);
  });
});
