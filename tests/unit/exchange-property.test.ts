import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findSyntaxError } from '../../src/core/exchange/json-text';
import { parseImport, parseImportText } from '../../src/core/exchange/parse-import';
import { toW3CCollection } from '../../src/core/exchange/w3c';
import { putAnnotation } from '../../src/storage/annotations';
import { createDb, type MarginaliaDb } from '../../src/storage/db';
import { article, everyKind, NOW } from '../fixtures/imports/annotations';
import { importText } from '../fixtures/imports/pipeline';

/*
 * Property-based tests: whatever a file holds, the importer answers with a result (never an
 * exception), and storage changes only when the file was accepted.
 */

const exported = () => JSON.parse(JSON.stringify(toW3CCollection(article, everyKind(), NOW))) as unknown;
const exportText = JSON.stringify(exported(), null, 2);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every path to a value inside `value` (objects and lists included). */
function pathsOf(value: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(prefix);
  if (Array.isArray(value)) value.forEach((v, i) => pathsOf(v, [...prefix, i], out));
  else if (typeof value === 'object' && value !== null) for (const [k, v] of Object.entries(value)) pathsOf(v, [...prefix, k], out);
  return out;
}

/** `value` with the thing at `path` replaced (or deleted, when `replacement` is undefined). */
function mutate(value: unknown, path: (string | number)[], replacement: Json | undefined): unknown {
  if (path.length === 0) return replacement;
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  if (replacement === undefined) {
    if (Array.isArray(parent)) parent.splice(last as number, 1);
    else delete parent[last];
  } else parent[last] = replacement;
  return copy;
}

const hostileString = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom('javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '__proto__', 'constructor', '', '2026-02-30T00:00:00Z', 'urn:uuid:00000000-0000-4000-8000-000000000001'),
);
const replacement: fc.Arbitrary<Json | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>,
  hostileString,
  fc.integer({ min: -1_000_000, max: 1_000_000 }),
  fc.constantFrom<Json>(-1, 0, 1.5, 1e308, null, [], {}),
);

const fixture = (name: string) => JSON.parse(readFileSync(new URL(`../fixtures/imports/${name}`, import.meta.url), 'utf8')) as unknown;
const BASES = [exported(), fixture('other-tool-w3c.jsonld'), fixture('hypothesis-export.json')];

/** Our export, another tool's W3C file or a Hypothesis export, with one value somewhere in it deleted or replaced. */
const mutatedExport = fc.tuple(fc.constantFrom(...BASES), fc.integer({ min: 0, max: 10_000 })).chain(([base, pick]) => {
  const paths = pathsOf(base);
  const path = paths[pick % paths.length] as (string | number)[];
  return replacement.map((r) => mutate(base, path, r));
});

/** Our export's text with characters deleted, inserted or replaced somewhere. */
const mangledText = fc
  .array(fc.tuple(fc.nat({ max: exportText.length }), fc.nat({ max: 20 }), fc.string({ unit: 'binary', maxLength: 5 })), { minLength: 1, maxLength: 4 })
  .map((edits) => edits.reduce((text, [at, cut, insert]) => text.slice(0, at) + insert + text.slice(at + cut), exportText));

/** Checks that `run` returns a result rather than throwing. */
function answers(run: () => { ok: boolean }): boolean {
  const result = run();
  return result.ok === true || result.ok === false;
}

describe('The JSON syntax locator', () => {
  it('finds no error exactly when JSON.parse accepts the text', () => {
    const parses = (text: string) => {
      try {
        JSON.parse(text);
        return true;
      } catch {
        return false;
      }
    };
    const texts = fc.oneof(fc.json(), fc.string({ unit: 'binary' }), fc.json().chain((json) => fc.tuple(fc.nat({ max: json.length }), fc.string({ maxLength: 3 })).map(([at, s]) => json.slice(0, at) + s + json.slice(at))));
    fc.assert(
      fc.property(texts, (text) => (findSyntaxError(text) === -1) === parses(text)),
      { numRuns: 2000 },
    );
  });
});

describe('The importer, given anything', () => {
  it('never throws on random text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => answers(() => parseImportText(text, { now: NOW }))), { numRuns: 500 });
  });

  it('never throws on random JSON values', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => answers(() => parseImport(value, { now: NOW }))), { numRuns: 500 });
  });

  it('never throws on an export with one value deleted or replaced, and never pollutes a prototype', () => {
    fc.assert(fc.property(mutatedExport, (value) => answers(() => parseImport(value, { now: NOW }))), { numRuns: 1000 });
    expect(Object.keys(Object.prototype)).toEqual([]);
  });

  it('words every refusal for a person: a full sentence, never a validator default such as “Invalid input”', () => {
    fc.assert(
      fc.property(mutatedExport, (value) => {
        const result = parseImport(value, { now: NOW });
        return result.ok || (/[.)]$/.test(result.error) && !/Invalid input|Too (big|small)|expected \w+, received/.test(result.error));
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws on an export whose text was mangled', () => {
    fc.assert(fc.property(mangledText, (text) => answers(() => parseImportText(text, { now: NOW }))), { numRuns: 500 });
  });
});

let dbCount = 0;

/** A profile that already holds some annotations, one of them edited later than the export. */
async function profileWithData(): Promise<MarginaliaDb> {
  const db = createDb(`exchange-property-${++dbCount}`);
  const [highlight, note] = everyKind();
  if (highlight) await putAnnotation(db, highlight);
  if (note) await putAnnotation(db, { ...note, note: 'edited later', modified: '2027-01-01T00:00:00.000Z' });
  return db;
}

const snapshot = async (db: MarginaliaDb) => (await db.annotations.toArray()).sort((a, b) => a.id.localeCompare(b.id));

describe('Storage, after importing anything', () => {
  it('is unchanged when the file is refused; when accepted, only what the plan wrote changed, and all of it is valid', async () => {
    const file = fc.oneof(
      mutatedExport.map((v) => JSON.stringify(v) ?? ''),
      mangledText,
    );
    await fc.assert(
      fc.asyncProperty(file, async (text) => {
        const db = await profileWithData();
        const before = await snapshot(db);
        const result = await importText(db, text);
        const after = await snapshot(db);
        if (!result.ok) {
          expect(after).toEqual(before);
        } else {
          const written = new Set(result.plan.toWrite.map((a) => a.id));
          expect(after.filter((a) => !written.has(a.id))).toEqual(before.filter((a) => !written.has(a.id)));
          // The later edit always survives.
          expect(after.find((a) => a.note === 'edited later')).toBeDefined();
          // What was stored is itself a valid file: export it and it reads back the same.
          const reread = parseImport(JSON.parse(JSON.stringify(toW3CCollection(article, result.plan.toWrite, NOW))), { now: NOW });
          if (result.plan.toWrite.length > 0) expect(reread.ok && reread.value.items.map((i) => i.annotation)).toEqual(result.plan.toWrite);
        }
        db.close();
      }),
      { numRuns: 150 },
    );
  });
});
